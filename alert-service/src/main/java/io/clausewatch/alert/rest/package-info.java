/** The subscription API: subscriptions, their delivery log, redelivery, test pings and stats. */
package io.clausewatch.alert.rest;
