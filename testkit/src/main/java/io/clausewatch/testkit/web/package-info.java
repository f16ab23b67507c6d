/**
 * Local HTTP peers for tests: a fixture web site whose pages a test changes at will, and a webhook
 * receiver that records and verifies every delivery. Both listen on loopback only.
 */
package io.clausewatch.testkit.web;
