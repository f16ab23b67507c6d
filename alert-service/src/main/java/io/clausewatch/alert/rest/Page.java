package io.clausewatch.alert.rest;

import java.util.List;

/** One page of a list, with the cursor of the next page or null at the end. */
public record Page<T>(List<T> items, String next) {}
