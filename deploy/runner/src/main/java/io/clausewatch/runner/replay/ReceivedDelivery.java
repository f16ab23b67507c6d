package io.clausewatch.runner.replay;

import java.time.Instant;

/**
 * A webhook the recording receiver got, read and checked.
 *
 * @param changeId the change the event carries, or null when the body did not say
 * @param signatureValid whether the Standard Webhooks signature verified with the secret
 */
public record ReceivedDelivery(
        String webhookId,
        String documentId,
        String changeId,
        Integer toVersion,
        Instant receivedAt,
        boolean signatureValid) {}
