package io.clausewatch.gateway.ui;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** One search result: where it is and the matching text with the query's words marked. */
public record SearchHit(String documentId, String provisionId, String path, List<Segment> snippet) {

    public static SearchHit of(JsonNode hit, String query) {
        String text = ProvisionDiff.text(hit, "snippet");
        if (text == null) {
            text = ProvisionDiff.text(hit, "text");
        }
        // Markup from the service is dropped: the words are marked here, safely escaped.
        String plain = text == null ? "" : text.replaceAll("<[^>]{0,40}>", "");
        return new SearchHit(
                ProvisionDiff.text(hit, "documentId"),
                ProvisionDiff.text(hit, "provisionId"),
                ProvisionDiff.text(hit, "path"),
                WordDiffMarkup.highlight(plain, query));
    }
}
