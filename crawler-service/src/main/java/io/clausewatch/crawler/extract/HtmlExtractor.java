package io.clausewatch.crawler.extract;

import com.vladsch.flexmark.html2md.converter.FlexmarkHtmlConverter;
import com.vladsch.flexmark.html2md.converter.LinkConversion;
import com.vladsch.flexmark.util.data.MutableDataSet;
import io.clausewatch.crawler.fetch.CrawlFailure;
import io.clausewatch.crawler.fetch.FailureClass;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Turns an HTML page into canonical Markdown: drops what is never content (scripts, styles,
 * navigation, hidden elements, consent banners) and what the rules remove, keeps what they select,
 * cleans links, then converts with flexmark.
 */
final class HtmlExtractor {

    private final FlexmarkHtmlConverter converter;

    HtmlExtractor() {
        MutableDataSet options = new MutableDataSet();
        options.set(FlexmarkHtmlConverter.SETEXT_HEADINGS, false);
        options.set(FlexmarkHtmlConverter.OUTPUT_UNKNOWN_TAGS, false);
        options.set(FlexmarkHtmlConverter.TYPOGRAPHIC_QUOTES, false);
        options.set(FlexmarkHtmlConverter.TYPOGRAPHIC_SMARTS, false);
        options.set(FlexmarkHtmlConverter.RENDER_COMMENTS, false);
        options.set(FlexmarkHtmlConverter.NBSP_TEXT, " ");
        options.set(FlexmarkHtmlConverter.MAX_BLANK_LINES, 1);
        options.set(FlexmarkHtmlConverter.EXT_INLINE_IMAGE, LinkConversion.TEXT);
        options.set(FlexmarkHtmlConverter.OUTPUT_ATTRIBUTES_ID, false);
        this.converter = FlexmarkHtmlConverter.builder(options).build();
    }

    String extract(RawPage page, SelectorRules rules) {
        Document document =
                Jsoup.parse(BodyCharset.decodeHtml(page.body(), page.contentType()), page.url());
        Noise.remove(document);
        for (String selector : rules.remove()) {
            document.select(selector).remove();
        }

        List<Element> kept = keep(document, rules);
        Links.clean(kept);
        Document holder = Document.createShell(page.url());
        Element body = holder.body();
        kept.forEach(body::appendChild);
        return converter.convert(body);
    }

    private static List<Element> keep(Document document, SelectorRules rules) {
        if (rules.select().isEmpty()) {
            Element body = document.body();
            return body == null ? List.of() : List.of(body);
        }
        Elements matched = document.select(String.join(", ", rules.select()));
        if (matched.isEmpty()) {
            throw new CrawlFailure(
                    FailureClass.SELECTOR_MISSING,
                    "no element matches " + String.join(" | ", rules.select()));
        }
        return outermost(matched);
    }

    /** Drops matches nested inside other matches, so no text is kept twice. */
    private static List<Element> outermost(Elements matched) {
        Set<Element> all = Collections.newSetFromMap(new IdentityHashMap<>());
        all.addAll(matched);
        List<Element> outer = new ArrayList<>();
        for (Element element : matched) {
            if (element.parents().stream().noneMatch(all::contains)) {
                outer.add(element);
            }
        }
        return outer;
    }
}
