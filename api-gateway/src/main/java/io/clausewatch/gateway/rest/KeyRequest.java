package io.clausewatch.gateway.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A new API key: a name people recognise and its role. */
public record KeyRequest(
        @NotBlank
                @Size(max = 200)
                @Pattern(regexp = "[^\\p{Cntrl}]*", message = "must not contain control characters")
                String name,
        @NotBlank
                @Pattern(
                        regexp = "reader|subscriber|admin",
                        message = "must be reader, subscriber or admin")
                String role) {}
