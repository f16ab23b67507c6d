package io.clausewatch.crawler.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.clausewatch.events.DocumentIds;
import io.clausewatch.kit.problem.Problem.FieldError;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads platform files: the built-in ones listed in {@code catalog/index.txt} on the class path,
 * then those of an optional directory. A broken file or entry is reported with its file and field
 * and left out; the rest still loads. A platform declared again by a later file replaces the
 * earlier declaration.
 */
public final class CatalogReader {

    static final String BUILTIN_INDEX = "catalog/index.txt";

    private final ObjectMapper yaml =
            new ObjectMapper(new YAMLFactory())
                    .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY);

    public CatalogLoad read(boolean builtin, Path directory) {
        Map<String, List<DocumentSpec>> byPlatform = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        if (builtin) {
            for (String file : builtinFiles()) {
                readOne(
                        "classpath:catalog/" + file,
                        resource("catalog/" + file),
                        byPlatform,
                        names,
                        problems);
            }
        }
        if (directory != null) {
            for (Path file : directoryFiles(directory, problems)) {
                readOne(file.toString(), readFile(file), byPlatform, names, problems);
            }
        }
        List<DocumentSpec> documents = byPlatform.values().stream().flatMap(List::stream).toList();
        return new CatalogLoad(documents, names, problems);
    }

    private void readOne(
            String origin,
            String content,
            Map<String, List<DocumentSpec>> byPlatform,
            Map<String, String> names,
            List<String> problems) {
        if (content == null) {
            problems.add(origin + ": could not be read");
            return;
        }
        PlatformFile file;
        try {
            file = yaml.readValue(content, PlatformFile.class);
        } catch (UnrecognizedPropertyException e) {
            problems.add(origin + ": unknown field '" + e.getPropertyName() + "'" + at(e));
            return;
        } catch (JsonProcessingException e) {
            problems.add(
                    origin + ": not a valid platform file" + at(e) + ": " + e.getOriginalMessage());
            return;
        }
        List<DocumentSpec> specs = validate(origin, file, problems);
        if (specs != null) {
            if (byPlatform.put(file.platform(), specs) != null) {
                problems.add(origin + ": replaces the earlier declaration of " + file.platform());
            }
            names.put(file.platform(), file.name() == null ? file.platform() : file.name().strip());
        }
    }

    private static List<DocumentSpec> validate(
            String origin, PlatformFile file, List<String> problems) {
        if (file == null || !DocumentIds.isValidSegment(file.platform())) {
            problems.add(origin + ": platform: must be lower-case letters, digits and hyphens");
            return null;
        }
        if (file.documents() == null || file.documents().isEmpty()) {
            problems.add(origin + ": documents: must list at least one document");
            return null;
        }
        List<DocumentSpec> specs = new ArrayList<>();
        List<String> seenTypes = new ArrayList<>();
        for (int i = 0; i < file.documents().size(); i++) {
            DocumentDraft draft = file.documents().get(i);
            String where = origin + ": documents[" + i + "]";
            if (draft == null) {
                problems.add(where + ": is empty");
                continue;
            }
            List<FieldError> errors = DocumentValidator.errors(file.platform(), draft);
            if (seenTypes.contains(draft.type())) {
                errors = new ArrayList<>(errors);
                errors.add(new FieldError("type", "declared twice in this file"));
            }
            if (errors.isEmpty()) {
                specs.add(DocumentValidator.toSpec(file.platform(), draft));
                seenTypes.add(draft.type());
            } else {
                errors.forEach(e -> problems.add(where + "." + e.field() + ": " + e.message()));
            }
        }
        return specs;
    }

    private static String at(JsonProcessingException e) {
        return e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr();
    }

    private static List<String> builtinFiles() {
        String index = resource(BUILTIN_INDEX);
        if (index == null) {
            return List.of();
        }
        return index.lines()
                .map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .toList();
    }

    private static String resource(String name) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try (InputStream in = loader.getResourceAsStream(name)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }

    private static String readFile(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }

    private static List<Path> directoryFiles(Path directory, List<String> problems) {
        if (!Files.isDirectory(directory)) {
            problems.add(directory + ": catalog directory does not exist");
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(
                            f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            problems.add(directory + ": catalog directory could not be listed");
            return List.of();
        }
    }
}
