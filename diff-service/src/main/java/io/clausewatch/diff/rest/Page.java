package io.clausewatch.diff.rest;

import java.util.List;

/** One page of a list; {@code next} is the opaque cursor of the following page, null at the end. */
public record Page<T>(List<T> items, String next) {}
