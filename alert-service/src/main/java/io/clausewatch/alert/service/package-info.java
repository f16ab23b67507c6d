/**
 * The alert service's use cases: subscriptions and their secrets, turning events into deliveries,
 * redelivery and test pings, and reading the delivery log.
 */
package io.clausewatch.alert.service;
