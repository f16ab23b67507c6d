/**
 * Which subscriptions want an event: compiled filters, the in-memory index of active subscriptions,
 * and the bean that keeps the index fresh from the database.
 */
package io.clausewatch.alert.matching;
