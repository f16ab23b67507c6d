package io.clausewatch.alert.service;

import io.clausewatch.alert.domain.MatchableEvent;
import java.time.Instant;

/**
 * An event to fan out to subscriptions: its CloudEvents attributes, its JSON data as received, and
 * the facts filters look at.
 *
 * @param orderKey deliveries with the same key go to one subscription in order (the document id)
 * @param publishedAt when the event was published to its topic (the Kafka record's timestamp); only
 *     subscriptions that existed by then receive it. Null for events made here for one subscription
 *     (test pings), which are not filtered.
 */
public record IncomingEvent(
        String id,
        String type,
        String source,
        String subject,
        Instant time,
        String dataJson,
        String orderKey,
        MatchableEvent facts,
        Instant publishedAt) {}
