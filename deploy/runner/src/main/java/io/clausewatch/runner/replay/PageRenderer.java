package io.clausewatch.runner.replay;

import java.time.Instant;
import java.util.List;
import java.util.random.RandomGenerator;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.AttributeProvider;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Renders a Markdown version into a whole HTML page the way a real site would serve it: the text
 * inside {@code <main>}, wrapped in chrome that differs on every fetch (navigation with tracking
 * parameters, a cookie banner, changing asset names, inline scripts, a footer with the time). Links
 * in the text get tracking parameters too. A crawler that selects {@code main} and removes {@value
 * #BANNER_SELECTOR} must extract the same text from every rendering of one version.
 */
public final class PageRenderer {

    /** The selector of the cookie banner, which a catalog entry removes. */
    public static final String BANNER_SELECTOR = ".cookie-banner";

    private static final List<String> TRACKING =
            List.of("utm_source", "utm_medium", "utm_campaign", "gclid", "fbclid");

    private final Parser parser =
            Parser.builder().extensions(List.of(TablesExtension.create())).build();

    /** What one rendering was served with; tests compare two of them. */
    public record Chrome(String build, String visitor, Instant servedAt) {

        static Chrome random(RandomGenerator random, Instant now) {
            return new Chrome(
                    Long.toHexString(random.nextLong() >>> 16),
                    Long.toHexString(random.nextLong() >>> 24),
                    now);
        }
    }

    /** The page's body text as HTML: the Markdown rendered, links carrying tracking parameters. */
    public String content(String markdown, Chrome chrome) {
        Node document = parser.parse(markdown);
        HtmlRenderer renderer =
                HtmlRenderer.builder()
                        .extensions(List.of(TablesExtension.create()))
                        .attributeProviderFactory(context -> tracking(chrome))
                        .build();
        return renderer.render(document);
    }

    public String page(String title, String markdown, Chrome chrome) {
        String b = chrome.build();
        String v = chrome.visitor();
        return """
                <!doctype html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <title>%1$s</title>
                <link rel="stylesheet" href="/assets/site.%2$s.css">
                <script src="/assets/runtime.%2$s.js" defer></script>
                <script>window.__session = {"visitor": "%3$s", "at": "%4$s"};</script>
                </head>
                <body class="build-%2$s">
                <div class="cookie-banner" id="consent-%3$s" role="dialog">
                <p>We use cookies to improve your visit (session %3$s).
                <a href="/cookies?ref=%3$s">Settings</a> <button>Accept all</button></p>
                </div>
                <header>
                <nav aria-label="Main">
                <a href="/?utm_source=nav&amp;utm_campaign=%2$s">Home</a>
                <a href="/pricing?gclid=%3$s">Pricing</a>
                <a href="/blog/%2$s?utm_medium=banner">What's new</a>
                </nav>
                </header>
                <main>
                <script>track("view", "%3$s");</script>
                %5$s
                </main>
                <aside class="related">Visitors also read: <a href="/help?fbclid=%3$s">Help
                centre</a></aside>
                <footer>
                <p>Page generated %4$s, build %2$s.</p>
                <p><a href="/privacy?utm_source=footer&amp;utm_content=%3$s">Privacy</a></p>
                </footer>
                <img src="/pixel.gif?v=%3$s" width="1" height="1" alt="">
                </body>
                </html>
                """
                .formatted(escape(title), b, v, chrome.servedAt(), content(markdown, chrome));
    }

    /**
     * The text a reader of the rendered page sees, whitespace collapsed: two versions whose
     * Markdown differs only in its formatting (list markers, line breaks) give the same text.
     */
    public String readableText(String markdown) {
        String html =
                HtmlRenderer.builder()
                        .extensions(List.of(TablesExtension.create()))
                        .build()
                        .render(parser.parse(markdown));
        String text =
                html.replaceAll("<[^>]+>", " ")
                        .replace("&amp;", "&")
                        .replace("&lt;", "<")
                        .replace("&gt;", ">")
                        .replace("&quot;", "\"");
        // (?U): no-break and other Unicode spaces are blank to a reader, as the crawler treats them
        return text.replaceAll("(?U)\\s+", " ").strip();
    }

    private static AttributeProvider tracking(Chrome chrome) {
        return (node, tagName, attributes) -> {
            if (node instanceof Link && isWebLink(attributes.get("href"))) {
                attributes.put("href", withTracking(attributes.get("href"), chrome));
            }
        };
    }

    private static boolean isWebLink(String href) {
        return href != null
                && (href.startsWith("http://") || href.startsWith("https://"))
                && !href.contains("#");
    }

    static String withTracking(String href, Chrome chrome) {
        String parameter = TRACKING.get(Math.floorMod(chrome.build().hashCode(), TRACKING.size()));
        return href + (href.contains("?") ? "&" : "?") + parameter + "=" + chrome.visitor();
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            out.append(
                    switch (c) {
                        case '<' -> "&lt;";
                        case '>' -> "&gt;";
                        case '&' -> "&amp;";
                        case '"' -> "&quot;";
                        default -> String.valueOf(c);
                    });
        }
        return out.toString();
    }
}
