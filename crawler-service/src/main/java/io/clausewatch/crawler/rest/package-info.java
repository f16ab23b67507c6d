/**
 * The crawler's REST API: platforms, documents with rules history and health, changes to the
 * catalog, and "check now". Errors are RFC 9457 problems.
 */
package io.clausewatch.crawler.rest;
