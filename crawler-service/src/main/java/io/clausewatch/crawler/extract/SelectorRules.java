package io.clausewatch.crawler.extract;

import java.util.List;

/**
 * What to keep and what to drop from a page: CSS selectors. An empty {@code select} keeps the whole
 * body.
 */
public record SelectorRules(List<String> select, List<String> remove) {

    public SelectorRules {
        select = select == null ? List.of() : List.copyOf(select);
        remove = remove == null ? List.of() : List.copyOf(remove);
    }
}
