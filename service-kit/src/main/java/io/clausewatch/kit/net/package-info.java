/**
 * What an address or a host spelling leads to, for the guards that keep the crawler and the webhook
 * sender away from this machine, private networks and cloud metadata services. The crawler's
 * catalog guard and alert-service's endpoint guard share these rules so that both refuse the same
 * addresses.
 */
package io.clausewatch.kit.net;
