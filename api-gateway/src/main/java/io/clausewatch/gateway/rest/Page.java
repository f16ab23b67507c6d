package io.clausewatch.gateway.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** A list answer: {@code next} is the cursor of the following page, null on the last one. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Page<T>(List<T> items, String next) {}
