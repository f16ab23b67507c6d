/**
 * Keeps webhooks away from internal networks: checks an endpoint's URL and every address its host
 * resolves to, at creation and before each delivery, with the address rules of {@code
 * io.clausewatch.kit.net}.
 */
package io.clausewatch.alert.safety;
