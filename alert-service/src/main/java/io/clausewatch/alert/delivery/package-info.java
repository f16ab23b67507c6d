/**
 * Sending webhooks: the persisted queue and its claims, the retry schedule, one signed attempt over
 * HTTP, and recording what each attempt came to.
 */
package io.clausewatch.alert.delivery;
