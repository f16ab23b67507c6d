package io.clausewatch.crawler.rest;

import java.util.List;

/** A list answer; {@code next} is a cursor for the following page, null on the last one. */
public record Page<T>(List<T> items, String next) {}
