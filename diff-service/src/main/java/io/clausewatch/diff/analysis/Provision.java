package io.clausewatch.diff.analysis;

/**
 * One clause-sized unit of a document: a paragraph, a list item, a table row or a heading.
 *
 * @param ordinal position in the document, from 0
 * @param kind {@code heading}, {@code paragraph}, {@code item} or {@code row}
 * @param path the titles of the enclosing sections joined with {@code " › "}, empty at top level
 * @param label the leading number or bullet label ({@code "4.2"}, {@code "(a)"}), empty when none
 * @param text the provision's Markdown without its list marker
 */
public record Provision(int ordinal, String kind, String path, String label, String text) {

    public static final String HEADING = "heading";
    public static final String PARAGRAPH = "paragraph";
    public static final String ITEM = "item";
    public static final String ROW = "row";
}
