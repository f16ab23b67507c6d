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
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Turns an HTML page into canonical Markdown: drops what is never content (scripts, styles,
 * navigation, hidden elements, consent banners) and what the rules remove, keeps what they select,
 * cleans links, then converts with flexmark. flexmark's converter is kept: profiled on the corpus
 * pages (2026-12-03) it takes about 15 % of an extraction, the jsoup parse about 47 %, so a
 * hand-written Markdown writer would save little and lose a maintained converter.
 *
 * <p>Nesting is bounded: the parser stops nesting at {@link #MAX_DEPTH} elements (jsoup's default
 * of 512 lets a page of 50,000 unclosed {@code <div>}s take seconds to parse, and flexmark's
 * recursive conversion of a few hundred nested tables exhausts a 384 MB heap), and a page that
 * reaches that depth is refused as {@code too_large}. The deepest page of the development corpus
 * nests 40 elements.
 */
final class HtmlExtractor {

    static final int MAX_DEPTH = 128;

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
                Jsoup.parse(
                        BodyCharset.decodeHtml(page.body(), page.contentType()),
                        page.url(),
                        Parser.htmlParser().setMaxDepth(MAX_DEPTH));
        refuseDeepNesting(document);
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

    /** The parser flattened what lay deeper than the limit: the page is not a document. */
    private static void refuseDeepNesting(Document document) {
        boolean[] tooDeep = {false};
        NodeTraversor.filter(
                (node, depth) -> {
                    if (depth >= MAX_DEPTH) {
                        tooDeep[0] = true;
                        return NodeFilter.FilterResult.STOP;
                    }
                    return NodeFilter.FilterResult.CONTINUE;
                },
                document);
        if (tooDeep[0]) {
            throw new CrawlFailure(
                    FailureClass.TOO_LARGE, "HTML nests more than " + MAX_DEPTH + " elements deep");
        }
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
