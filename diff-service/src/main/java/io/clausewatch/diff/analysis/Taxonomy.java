package io.clausewatch.diff.analysis;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** The topics of {@code taxonomy/topics.json}, each with its detection patterns and regulations. */
public final class Taxonomy {

    private static final String RESOURCE = "/taxonomy/topics.json";
    private static final int MAX_SCANNED = 20_000;

    private final List<Topic> topics;

    private Taxonomy(List<Topic> topics) {
        this.topics = List.copyOf(topics);
    }

    /** One topic. Patterns are matched case-insensitively against a provision's plain text. */
    public record Topic(String id, String label, List<Pattern> patterns, List<String> regulations) {

        public boolean matches(String plainText) {
            return patterns.stream().anyMatch(p -> p.matcher(plainText).find());
        }
    }

    private record TopicFile(List<TopicEntry> topics) {}

    private record TopicEntry(
            String id, String label, List<String> patterns, List<String> regulations) {}

    public static Taxonomy load() {
        try (InputStream in = Taxonomy.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("taxonomy resource missing: " + RESOURCE);
            }
            TopicFile file =
                    new ObjectMapper()
                            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                            .readValue(in, TopicFile.class);
            return new Taxonomy(file.topics().stream().map(Taxonomy::compile).toList());
        } catch (IOException e) {
            throw new UncheckedIOException("taxonomy cannot be read", e);
        }
    }

    private static Topic compile(TopicEntry entry) {
        List<Pattern> patterns =
                entry.patterns().stream()
                        .map(
                                p ->
                                        Pattern.compile(
                                                p, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE))
                        .toList();
        return new Topic(entry.id(), entry.label(), patterns, List.copyOf(entry.regulations()));
    }

    public List<Topic> topics() {
        return topics;
    }

    public Topic topic(String id) {
        return topics.stream().filter(t -> t.id().equals(id)).findFirst().orElse(null);
    }

    /**
     * The ids of the topics a text touches, sorted. Only the first {@value #MAX_SCANNED} characters
     * are scanned, which bounds the cost of a pathological provision.
     */
    public List<String> topicsOf(String markdown) {
        String plain =
                Text.plain(
                        markdown.length() > MAX_SCANNED
                                ? markdown.substring(0, MAX_SCANNED)
                                : markdown);
        return topics.stream().filter(t -> t.matches(plain)).map(Topic::id).sorted().toList();
    }

    /** The regulations touched by the given topics, sorted and without repeats. */
    public List<String> regulationsOf(Collection<String> topicIds) {
        TreeSet<String> regulations = new TreeSet<>();
        for (String id : topicIds) {
            Topic topic = topic(id);
            if (topic != null) {
                regulations.addAll(topic.regulations());
            }
        }
        return List.copyOf(regulations);
    }
}
