/**
 * API keys and who is calling: keys are issued once, stored as SHA-256 digests, carry one role
 * (reader, subscriber, admin), and are checked with rate limits on every {@code /api/v1} request.
 */
package io.clausewatch.gateway.auth;
