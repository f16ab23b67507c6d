package io.clausewatch.alert.service;

import io.clausewatch.alert.domain.MatchableEvent;
import java.time.Instant;

/**
 * An event to fan out to subscriptions: its CloudEvents attributes, its JSON data as received, and
 * the facts filters look at.
 *
 * @param orderKey deliveries with the same key go to one subscription in order (the document id)
 */
public record IncomingEvent(
        String id,
        String type,
        String source,
        String subject,
        Instant time,
        String dataJson,
        String orderKey,
        MatchableEvent facts) {}
