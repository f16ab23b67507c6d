package io.clausewatch.reliability;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A corpus of pages built to hurt an extractor: each is served on the fixture site as its own
 * document, grouped by the class of harm it tries.
 */
final class HostilePages {

    record Hostile(String hostileClass, String name, String contentType, byte[] body) {
        String platform(ReliabilityStack stack) {
            return "rlh" + stack.run + "-" + name;
        }

        String path() {
            return "/h/" + name;
        }
    }

    private HostilePages() {}

    static List<Hostile> corpus() {
        Map<String, Hostile> pages = new LinkedHashMap<>();
        add(pages, "nesting", "divs", html("<div>".repeat(50_000) + "deep" + "</div>".repeat(10)));
        add(pages, "nesting", "inline", html("<b><i>".repeat(40_000) + "deep text"));
        add(pages, "nesting", "tables", html("<table><tr><td>".repeat(5_000) + "cell"));
        add(pages, "nesting", "lists", html("<ul><li>".repeat(20_000) + "item"));
        add(
                pages,
                "huge-attributes",
                "one",
                html("<p title=\"" + "a".repeat(3_000_000) + "\">x</p>"));
        add(pages, "huge-attributes", "many", html("<p " + attributes(100_000) + ">Text</p>"));
        add(pages, "huge-attributes", "unclosed", html("<p title=\"" + "b".repeat(500_000)));
        add(pages, "invalid-utf8", "bytes", withBytes(new byte[] {(byte) 0xC3, 0x28, (byte) 0xA0}));
        add(pages, "invalid-utf8", "overlong", withBytes(new byte[] {(byte) 0xC0, (byte) 0xAF}));
        add(
                pages,
                "invalid-utf8",
                "surrogates",
                withBytes(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}));
        add(pages, "invalid-utf8", "nul", withBytes(new byte[] {0, 0, 0, 1, 2, 0x1B, 0x7F}));
        add(pages, "invalid-utf8", "truncated", withBytes(new byte[] {(byte) 0xF0, (byte) 0x9F}));
        add(
                pages,
                "zero-width-bidi",
                "zw",
                html("<p>Ter\u200Bms\u200C of\u200D Ser\uFEFFvice\u2060 apply.</p>".repeat(200)));
        add(
                pages,
                "zero-width-bidi",
                "bidi",
                html(
                        "<p>\u202Eecivres fo smret\u202C \u2066isolated\u2069 \u200F.</p>"
                                .repeat(200)));
        add(
                pages,
                "zero-width-bidi",
                "only-invisible",
                html("<p>" + "\u200B\u202E\uFEFF".repeat(50_000) + "</p>"));
        add(
                pages,
                "zero-width-bidi",
                "combining",
                html("<p>Z" + "\u0301\u0302\u0303".repeat(30_000) + "</p>"));
        add(
                pages,
                "entity-bombs",
                "named",
                html("<p>" + "&amp;&lt;&gt;&quot;&nbsp;".repeat(200_000) + "</p>"));
        add(
                pages,
                "entity-bombs",
                "numeric",
                html("<p>" + "&#x1F600;&#0;&#xD800;&#99999999;".repeat(50_000) + "</p>"));
        add(
                pages,
                "entity-bombs",
                "dtd",
                html(
                        "<!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;"
                                + "&lol;&lol;&lol;&lol;&lol;&lol;\"><!ENTITY lol3 \"&lol2;&lol2;&lol2;"
                                + "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">]><p>&lol3;</p>"));
        add(pages, "entity-bombs", "unterminated", html("<p>" + "&amp".repeat(300_000) + "</p>"));
        add(pages, "size-and-type", "oversized", html("<p>" + "word ".repeat(3_000_000) + "</p>"));
        add(pages, "size-and-type", "empty", new byte[0]);
        add(
                pages,
                "size-and-type",
                "script-only",
                html("<script>" + "var a=1;".repeat(10_000) + "</script>"));
        add(pages, "size-and-type", "binary", png());
        add(pages, "size-and-type", "one-long-word", html("<p>" + "x".repeat(2_000_000) + "</p>"));
        return List.copyOf(pages.values());
    }

    /** Serves the page and declares it as a document through the gateway's catalog API. */
    static void declare(ReliabilityStack stack, Hostile page) {
        stack.site.bytes(page.path(), page.contentType(), page.body());
        Http.Answer answer =
                Http.post(
                        stack.gateway() + "/api/v1/documents",
                        stack.adminKey,
                        java.util.Map.of(
                                "platform",
                                page.platform(stack),
                                "platformName",
                                "Hostile " + page.name(),
                                "type",
                                "terms-of-service",
                                "name",
                                "Hostile page " + page.name(),
                                "urls",
                                List.of(stack.site.url(page.path())),
                                "interval",
                                "P7D"));
        if (answer.status() != 201) {
            throw new IllegalStateException("declaring " + page.name() + ": " + answer.body());
        }
    }

    private static void add(
            Map<String, Hostile> pages, String hostileClass, String name, byte[] body) {
        String id = hostileClass.replace("-", "") + "-" + name;
        pages.put(id, new Hostile(hostileClass, id, "text/html; charset=utf-8", body));
    }

    private static byte[] html(String body) {
        return ("<!doctype html><html><head><title>Hostile</title></head><body><main>"
                        + "<h1>Terms</h1><p>These terms apply to you.</p>"
                        + body
                        + "</main></body></html>")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] withBytes(byte[] bad) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] head =
                "<!doctype html><html><body><main><h1>Terms</h1><p>Before "
                        .getBytes(StandardCharsets.UTF_8);
        out.writeBytes(head);
        for (int i = 0; i < 500; i++) {
            out.writeBytes(bad);
            out.writeBytes(" clause ".getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes("after.</p></main></body></html>".getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static String attributes(int count) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < count; i++) {
            out.append("a").append(i).append("=\"v\" ");
        }
        return out.toString();
    }

    private static byte[] png() {
        byte[] body = new byte[4096];
        byte[] signature = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
        System.arraycopy(signature, 0, body, 0, signature.length);
        for (int i = signature.length; i < body.length; i++) {
            body[i] = (byte) (i * 31);
        }
        return body;
    }
}
