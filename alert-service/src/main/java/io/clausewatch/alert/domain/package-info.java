/** The vocabulary of subscriptions: filters, states, significance and the facts events carry. */
package io.clausewatch.alert.domain;
