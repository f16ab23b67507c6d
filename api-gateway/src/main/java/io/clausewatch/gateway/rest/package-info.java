/**
 * The public REST API under {@code /api/v1}: each resource checks the caller's role, validates what
 * it can, and relays to the internal service that owns the data.
 */
package io.clausewatch.gateway.rest;
