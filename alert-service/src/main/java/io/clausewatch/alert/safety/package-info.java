/**
 * Keeps webhooks away from internal networks: classifies addresses, reads odd numeric host
 * spellings, and checks an endpoint's URL and resolved addresses before creation and delivery.
 */
package io.clausewatch.alert.safety;
