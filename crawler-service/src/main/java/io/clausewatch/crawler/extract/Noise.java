package io.clausewatch.crawler.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * What is never part of a document's text, whatever the page: scripts, styles, frames, form
 * controls, navigation, dialogs; elements hidden by markup or inline style, or shown only to screen
 * readers ("opens in a new window"); the consent banners of common consent managers. {@code
 * aria-hidden} is not used: some platforms put their whole page under it while a dialog is open,
 * and it hides nothing from sighted readers. Found in one pass over the page.
 */
final class Noise {

    private static final Set<String> TAGS =
            Set.of(
                    "script",
                    "style",
                    "noscript",
                    "template",
                    "iframe",
                    "object",
                    "embed",
                    "svg",
                    "canvas",
                    "input",
                    "select",
                    "textarea",
                    "link",
                    "meta",
                    "nav",
                    "dialog");

    private static final List<String> CLASSES =
            List.of(
                    "sr-only",
                    "visually-hidden",
                    "screen-reader-text",
                    "cookie-banner",
                    "cookie-consent",
                    "cc-window",
                    "osano-cm-window",
                    "qc-cmp2-container");

    private static final Set<String> IDS =
            Set.of(
                    "onetrust-consent-sdk",
                    "onetrust-banner-sdk",
                    "CybotCookiebotDialog",
                    "cookie-banner",
                    "cookie-consent",
                    "truste-consent-track",
                    "usercentrics-root");

    private Noise() {}

    static void remove(Element root) {
        List<Element> noise = new ArrayList<>();
        NodeTraversor.filter(
                (node, depth) -> {
                    if (node instanceof Element element && isNoise(element)) {
                        noise.add(element);
                        return NodeFilter.FilterResult.SKIP_ENTIRELY;
                    }
                    return NodeFilter.FilterResult.CONTINUE;
                },
                root);
        noise.forEach(Element::remove);
    }

    static boolean isNoise(Element element) {
        if (TAGS.contains(element.normalName())) {
            return true;
        }
        if (element.attributesSize() == 0) {
            return false;
        }
        if (element.hasAttr("hidden") || "navigation".equals(element.attr("role"))) {
            return true;
        }
        String style = element.attr("style");
        if (!style.isEmpty() && hidesByStyle(style)) {
            return true;
        }
        String id = element.id();
        if (!id.isEmpty() && IDS.contains(id)) {
            return true;
        }
        String classes = element.className();
        if (!classes.isEmpty()) {
            // A substring test first: most class lists hold none of the names.
            String lower = classes.toLowerCase(Locale.ROOT);
            for (String name : CLASSES) {
                if (lower.contains(name) && element.hasClass(name)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean hidesByStyle(String style) {
        String compact = style.toLowerCase(Locale.ROOT).replace(" ", "");
        return compact.contains("display:none") || compact.contains("visibility:hidden");
    }
}
