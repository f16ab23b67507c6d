/**
 * HTTP plumbing below the resources: problem answers for paths no resource serves and for bodies
 * that are too large, readiness of the internal services, and the OpenAPI definition.
 */
package io.clausewatch.gateway.web;
