package io.clausewatch.reliability;

/**
 * Pages of the fault suite's documents, new chrome on each: a slice of real history when the
 * development corpus is there ({@link History}), else generated, each version adding a clause.
 */
final class Pages {

    private static final History HISTORY = History.load(ReliabilityStack.FAULT_TYPES.size());

    private Pages() {}

    static String document(String type, int version) {
        int slot = ReliabilityStack.FAULT_TYPES.indexOf(type);
        if (HISTORY != null && slot >= 0) {
            String page = HISTORY.page(slot, version);
            if (page != null) {
                return page;
            }
        }
        return generated(type, version);
    }

    private static String generated(String type, int version) {
        StringBuilder clauses = new StringBuilder();
        for (int i = 1; i <= version; i++) {
            clauses.append("<h2>")
                    .append(i)
                    .append(". Clause ")
                    .append(i)
                    .append("</h2>\n<p>Under the ")
                    .append(type)
                    .append(" we keep your data for ")
                    .append(i * 7)
                    .append(" days and may share it with partner number ")
                    .append(i)
                    .append(".</p>\n");
        }
        return """
                <!doctype html>
                <html lang="en"><head><title>%1$s</title></head>
                <body>
                <nav><a href="/">Home</a> build %2$d-%3$d</nav>
                <main>
                <h1>%1$s</h1>
                %4$s
                </main>
                <footer>Rendered %3$d</footer>
                </body></html>
                """
                .formatted(type, version, System.nanoTime(), clauses);
    }
}
