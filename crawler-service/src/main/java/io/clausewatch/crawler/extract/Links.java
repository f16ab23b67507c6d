package io.clausewatch.crawler.extract;

import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;

/** Makes links absolute and free of tracking parameters; script links lose their target. */
final class Links {

    private Links() {}

    static void clean(List<Element> roots) {
        for (Element root : roots) {
            for (Element link : root.select("a[href]")) {
                String absolute = link.absUrl("href");
                String lower = link.attr("href").trim().toLowerCase(Locale.ROOT);
                if (lower.startsWith("javascript:")
                        || (absolute.isEmpty() && !lower.startsWith("#"))) {
                    link.removeAttr("href");
                } else if (!absolute.isEmpty()) {
                    link.attr("href", TrackingParameters.strip(absolute));
                }
            }
        }
    }
}
