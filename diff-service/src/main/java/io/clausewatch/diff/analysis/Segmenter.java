package io.clausewatch.diff.analysis;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Splits canonical Markdown into provisions. Headings open sections (a skipped level simply nests
 * under the nearest shallower heading), blank lines end paragraphs, each list item and each table
 * row is its own provision, and a fenced block stays one paragraph. The parser is line-based and
 * linear in the size of the text, so hostile input costs time proportional to its length.
 */
public final class Segmenter {

    static final String PATH_SEPARATOR = " › ";
    private static final int MAX_TITLE = 80;
    private static final Pattern HEADING = Pattern.compile("^ {0,3}(#{1,6})\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern ITEM =
            Pattern.compile(
                    "^\\s{0,8}([-*+•]|\\(?[0-9]{1,3}[.)]|\\(?[a-zA-Z][.)]|\\([ivxIVX]{1,5}\\))\\s+(.*)$");
    private static final Pattern TABLE_RULE = Pattern.compile("^\\s*\\|?\\s*:?-{2,}.*$");
    private static final Pattern LEADING_NUMBER =
            Pattern.compile(
                    "^((?:[0-9]{1,3}\\.)*[0-9]{1,3}\\.?|[A-Z]\\.|\\(?[a-z]\\)|\\([ivx]{1,5}\\))\\s+");
    private static final Pattern FENCE = Pattern.compile("^\\s{0,3}(```|~~~).*$");

    private final List<Provision> provisions = new ArrayList<>();
    private final Deque<Section> sections = new ArrayDeque<>();
    private final StringBuilder block = new StringBuilder();
    private String blockKind;
    private String blockLabel = "";
    private boolean inFence;
    private String path = "";

    private Segmenter() {}

    public static List<Provision> segment(String markdown) {
        Segmenter segmenter = new Segmenter();
        if (markdown != null) {
            markdown.lines().forEach(segmenter::accept);
        }
        segmenter.flush();
        return List.copyOf(segmenter.provisions);
    }

    private void accept(String line) {
        if (inFence) {
            appendLine(line);
            if (FENCE.matcher(line).matches()) {
                flush();
            }
            return;
        }
        if (FENCE.matcher(line).matches()) {
            flush();
            start(Provision.PARAGRAPH, "", line);
            inFence = true;
            return;
        }
        if (line.isBlank()) {
            flush();
            return;
        }
        Matcher heading = HEADING.matcher(line);
        if (heading.matches()) {
            flush();
            openSection(heading.group(1).length(), heading.group(2));
            return;
        }
        acceptBody(line);
    }

    private void acceptBody(String line) {
        String trimmed = line.strip();
        if (trimmed.startsWith("|")) {
            flush();
            if (!TABLE_RULE.matcher(trimmed).matches()) {
                start(Provision.ROW, "", trimmed);
                flush();
            }
            return;
        }
        Matcher item = ITEM.matcher(line);
        if (item.matches() && !item.group(2).isBlank()) {
            flush();
            String marker = item.group(1);
            start(Provision.ITEM, "-*+•".contains(marker) ? "" : marker, item.group(2));
            return;
        }
        if (blockKind == null) {
            start(Provision.PARAGRAPH, "", trimmed);
        } else {
            appendLine(trimmed);
        }
    }

    private void openSection(int level, String rawTitle) {
        while (!sections.isEmpty() && sections.peek().level() >= level) {
            sections.pop();
        }
        path = null;
        String title = Text.plain(rawTitle);
        String label = leadingNumber(title);
        add(Provision.HEADING, label, rawTitle.strip());
        sections.push(new Section(level, shorten(title)));
        path = null;
    }

    private void start(String kind, String label, String text) {
        blockKind = kind;
        blockLabel = label;
        block.setLength(0);
        block.append(text);
    }

    private void appendLine(String line) {
        if (blockKind == null) {
            start(Provision.PARAGRAPH, "", line);
            return;
        }
        block.append('\n').append(line);
    }

    private void flush() {
        if (blockKind != null && !block.toString().isBlank()) {
            String text = block.toString().strip();
            String label = blockLabel.isEmpty() ? leadingNumber(text) : blockLabel;
            add(blockKind, label, text);
        }
        blockKind = null;
        blockLabel = "";
        block.setLength(0);
        inFence = false;
    }

    private void add(String kind, String label, String text) {
        if (path == null) {
            path = currentPath();
        }
        provisions.add(new Provision(provisions.size(), kind, path, label, text));
    }

    private String currentPath() {
        List<String> titles = new ArrayList<>();
        sections.descendingIterator().forEachRemaining(section -> titles.add(section.title()));
        return titles.stream()
                .filter(t -> !t.isEmpty())
                .collect(Collectors.joining(PATH_SEPARATOR));
    }

    private static String leadingNumber(String text) {
        Matcher matcher = LEADING_NUMBER.matcher(text);
        return matcher.find() ? matcher.group(1) : "";
    }

    private static String shorten(String title) {
        return title.length() <= MAX_TITLE ? title : title.substring(0, MAX_TITLE - 1) + "…";
    }

    private record Section(int level, String title) {}
}
