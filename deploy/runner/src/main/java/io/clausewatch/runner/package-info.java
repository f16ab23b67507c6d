/**
 * The local runner: Clausewatch on one machine. It starts an embedded Kafka broker and Postgres (or
 * uses servers named in the environment), then the four services as separate JVMs from their
 * packaged jars, waits until each is ready, and stops everything on Ctrl-C or SIGTERM.
 */
package io.clausewatch.runner;
