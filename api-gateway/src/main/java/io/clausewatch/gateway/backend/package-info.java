/**
 * Calls to the internal services (crawler, diff, alert) through REST clients guarded by timeouts,
 * circuit breakers and bulkheads, and the relay that hands their answers to clients: their 4xx
 * problems unchanged, an unreachable or failing service as a 503 or 502 problem.
 */
package io.clausewatch.gateway.backend;
