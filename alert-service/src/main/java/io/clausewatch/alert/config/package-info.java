/** Typed configuration of the alert service. */
package io.clausewatch.alert.config;
