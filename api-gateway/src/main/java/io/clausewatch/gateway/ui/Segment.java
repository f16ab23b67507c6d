package io.clausewatch.gateway.ui;

/** A run of text in a diff column: unchanged, removed or added. */
public record Segment(String text, Kind kind) {

    public enum Kind {
        SAME,
        REMOVED,
        ADDED,
        MATCH
    }

    public boolean removed() {
        return kind == Kind.REMOVED;
    }

    public boolean added() {
        return kind == Kind.ADDED;
    }

    public boolean match() {
        return kind == Kind.MATCH;
    }
}
