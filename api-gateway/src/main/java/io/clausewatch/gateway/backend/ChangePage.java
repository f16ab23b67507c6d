package io.clausewatch.gateway.backend;

import io.clausewatch.events.DocumentChanged;
import java.util.List;

/** A page of changes as diff-service lists them. */
public record ChangePage(List<DocumentChanged> items, String next) {}
