/**
 * RFC 9457 problem details for every error a service answers: a type, a title, the status, a detail
 * a person can act on, and for validation errors the fields at fault. Never a stack trace or a
 * class name.
 */
package io.clausewatch.kit.problem;
