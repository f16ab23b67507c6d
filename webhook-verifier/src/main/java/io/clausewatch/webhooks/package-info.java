/**
 * Standard Webhooks signatures as Clausewatch sends them: {@code webhook-id}, {@code
 * webhook-timestamp} and {@code webhook-signature: v1,<base64 HMAC-SHA256>}. Used by the alert
 * service to sign and by receivers to verify; it depends on nothing but the JDK.
 */
package io.clausewatch.webhooks;
