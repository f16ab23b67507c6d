/** Glue between the kit's real servers and Quarkus tests. */
package io.clausewatch.testkit.quarkus;
