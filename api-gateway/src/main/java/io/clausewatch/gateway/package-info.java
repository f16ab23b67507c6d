/**
 * The api-gateway: the only public door into Clausewatch (REST API, feeds, web UI), calling the
 * internal services over HTTP.
 */
package io.clausewatch.gateway;
