package io.clausewatch.alert.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.clausewatch.alert.config.AlertConfig;
import io.clausewatch.alert.domain.Filters;
import io.clausewatch.alert.domain.Subscription;
import io.clausewatch.alert.domain.SubscriptionState;
import io.clausewatch.alert.matching.SubscriptionRegistry;
import io.clausewatch.alert.rest.Page;
import io.clausewatch.alert.rest.SubscriptionRequest;
import io.clausewatch.alert.rest.SubscriptionView;
import io.clausewatch.alert.safety.EndpointGuard;
import io.clausewatch.alert.safety.EndpointRefused;
import io.clausewatch.kit.problem.Problem;
import io.clausewatch.kit.problem.Problem.FieldError;
import io.clausewatch.kit.problem.ProblemException;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Creates, reads, edits and deletes subscriptions, and rotates their secrets. */
@ApplicationScoped
public class SubscriptionService {

    private static final int MAX_DESCRIPTION = 500;
    private static final int MAX_OWNER = 200;

    private final AlertConfig config;
    private final SubscriptionRegistry registry;
    private final EndpointGuard guard;
    private final ObjectMapper json = new ObjectMapper();

    public SubscriptionService(AlertConfig config, SubscriptionRegistry registry) {
        this.config = config;
        this.registry = registry;
        this.guard =
                EndpointGuard.usingSystemResolver(
                        config.allowPrivateAddresses(), config.requireHttps());
    }

    @Transactional
    public SubscriptionView create(SubscriptionRequest request) {
        if (request == null) {
            throw ProblemException.badRequest("The request needs a JSON body with a url.");
        }
        Filters filters = request.filters() == null ? Filters.everything() : request.filters();
        List<FieldError> errors = new ArrayList<>(FilterValidator.validate(filters));
        checkUrl(request.url(), errors);
        checkText("description", request.description(), MAX_DESCRIPTION, errors);
        checkText("owner", request.owner(), MAX_OWNER, errors);
        failOn(errors);

        Subscription subscription = new Subscription();
        subscription.id = "sub_" + UUID.randomUUID().toString().replace("-", "");
        subscription.owner = request.owner();
        subscription.url = request.url().trim();
        subscription.description = request.description();
        subscription.filters = write(filters);
        subscription.state = SubscriptionState.ACTIVE.wireName();
        subscription.secret = Secrets.generate(config.secretBytes());
        subscription.createdAt = Instant.now();
        subscription.updatedAt = subscription.createdAt;
        subscription.persist();

        registry.apply(subscription.id, subscription.state, filters, false);
        Log.infof(
                "subscription created subscription=%s owner=%s",
                subscription.id, subscription.owner);
        return view(subscription, subscription.secret);
    }

    public SubscriptionView get(String id) {
        return view(find(id), null);
    }

    public Page<SubscriptionView> list(String owner, int limit, String cursor) {
        String after = cursor == null ? "" : cursor;
        List<Subscription> rows =
                owner == null
                        ? Subscription.<Subscription>find(
                                        "deletedAt is null and id > ?1 order by id", after)
                                .page(0, limit + 1)
                                .list()
                        : Subscription.<Subscription>find(
                                        "deletedAt is null and owner = ?1 and id > ?2 order by id",
                                        owner,
                                        after)
                                .page(0, limit + 1)
                                .list();
        boolean more = rows.size() > limit;
        List<SubscriptionView> items =
                rows.stream().limit(limit).map(row -> view(row, null)).toList();
        return new Page<>(items, more ? items.get(items.size() - 1).id() : null);
    }

    @Transactional
    public SubscriptionView update(String id, SubscriptionRequest request) {
        Subscription subscription = find(id);
        if (request == null) {
            return view(subscription, null);
        }
        List<FieldError> errors = new ArrayList<>();
        if (request.filters() != null) {
            errors.addAll(FilterValidator.validate(request.filters()));
        }
        if (request.url() != null) {
            checkUrl(request.url(), errors);
        }
        checkText("description", request.description(), MAX_DESCRIPTION, errors);
        SubscriptionState state = parseState(request.state(), errors);
        failOn(errors);

        if (request.url() != null) {
            subscription.url = request.url().trim();
        }
        if (request.description() != null) {
            subscription.description = request.description();
        }
        if (request.filters() != null) {
            subscription.filters = write(request.filters());
        }
        if (state != null) {
            changeState(subscription, state);
        }
        subscription.updatedAt = Instant.now();
        registry.apply(id, subscription.state, read(subscription.filters), false);
        return view(subscription, null);
    }

    @Transactional
    public void delete(String id) {
        Subscription subscription = find(id);
        subscription.deletedAt = Instant.now();
        subscription.updatedAt = subscription.deletedAt;
        Subscription.getEntityManager()
                .createNativeQuery(
                        "update delivery set status = 'cancelled', completed_at = now()"
                                + " where subscription_id = ?1 and status in ('pending', 'queued')")
                .setParameter(1, id)
                .executeUpdate();
        registry.apply(id, subscription.state, null, true);
        Log.infof("subscription deleted subscription=%s", id);
    }

    /** A new secret; the old one keeps signing, beside the new one, for the overlap period. */
    @Transactional
    public SubscriptionView rotateSecret(String id) {
        Subscription subscription = find(id);
        subscription.previousSecret = subscription.secret;
        subscription.previousSecretUntil = Instant.now().plus(config.secretOverlap());
        subscription.secret = Secrets.generate(config.secretBytes());
        subscription.updatedAt = Instant.now();
        Log.infof(
                "subscription secret rotated subscription=%s previous_valid_until=%s",
                id, subscription.previousSecretUntil);
        return view(subscription, subscription.secret);
    }

    /** The live subscription with this id, or a 404 problem. */
    public Subscription find(String id) {
        Subscription subscription = Subscription.findById(id);
        if (subscription == null || subscription.deletedAt != null) {
            throw ProblemException.notFound("No subscription with id " + id + ".");
        }
        return subscription;
    }

    private static void changeState(Subscription subscription, SubscriptionState state) {
        subscription.state = state.wireName();
        if (state == SubscriptionState.ACTIVE) {
            subscription.disabledReason = null;
            subscription.failingSince = null;
        }
    }

    private void checkUrl(String url, List<FieldError> errors) {
        try {
            guard.check(url);
        } catch (EndpointRefused e) {
            errors.add(new FieldError("url", e.getMessage()));
        }
    }

    private static SubscriptionState parseState(String state, List<FieldError> errors) {
        if (state == null) {
            return null;
        }
        if (state.equals("active") || state.equals("paused")) {
            return SubscriptionState.parse(state);
        }
        errors.add(new FieldError("state", "must be active or paused"));
        return null;
    }

    private static void checkText(String field, String value, int max, List<FieldError> errors) {
        if (value != null && value.length() > max) {
            errors.add(new FieldError(field, "at most " + max + " characters"));
        }
    }

    private static void failOn(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new ProblemException(Problem.validation(errors));
        }
    }

    private SubscriptionView view(Subscription s, String secret) {
        return new SubscriptionView(
                s.id,
                s.url,
                s.description,
                read(s.filters),
                s.state,
                s.disabledReason,
                s.owner,
                s.createdAt,
                s.failingSince,
                secret);
    }

    private String write(Filters filters) {
        try {
            return json.writeValueAsString(filters);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("filters cannot be written", e);
        }
    }

    private Filters read(String filters) {
        try {
            return json.readValue(filters, Filters.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored filters cannot be read", e);
        }
    }
}
