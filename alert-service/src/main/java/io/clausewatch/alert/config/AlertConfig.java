package io.clausewatch.alert.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Settings of webhook delivery, under {@code clausewatch.alert}. */
@ConfigMapping(prefix = "clausewatch.alert")
public interface AlertConfig {

    /** Opens loopback and private networks as destinations, for local runs and tests. */
    @WithDefault("false")
    boolean allowPrivateAddresses();

    /** Refuses plain-HTTP endpoints. */
    @WithDefault("false")
    boolean requireHttps();

    /** Delay before each attempt, the first one included; its length is the attempt count. */
    @WithDefault("0s,5s,5m,30m,2h,5h,10h,10h")
    String retrySchedule();

    /** How long an endpoint has to answer with a status and headers. */
    @WithDefault("15s")
    Duration timeout();

    /** Requests in flight to one endpoint at once, per replica. */
    @WithDefault("4")
    int concurrencyPerEndpoint();

    /** Failures in a row after which this replica backs off an endpoint (its circuit opens). */
    @WithDefault("5")
    int circuitFailures();

    /** The first back-off of an endpoint; it doubles with every failed probe. */
    @WithDefault("1s")
    Duration circuitPause();

    /** The longest back-off of an endpoint between two probes. */
    @WithDefault("5m")
    Duration circuitLongestPause();

    /** An endpoint failing without a single success for this long is disabled. */
    @WithDefault("5d")
    Duration disableAfter();

    /** How long the previous secret keeps signing after a rotation. */
    @WithDefault("24h")
    Duration secretOverlap();

    /** Deliveries claimed in one round of the dispatcher. */
    @WithDefault("500")
    int claimBatch();

    /** Bytes of an endpoint's answer kept in the delivery log. */
    @WithDefault("1024")
    int responseExcerptBytes();

    /** Bytes of secret key material for a new subscription (24 to 64). */
    @WithDefault("32")
    int secretBytes();

    /**
     * This replica's name, the same across its restarts and different from every other replica's:
     * the pod name on Kubernetes, host and port on one machine. A replica restarted after a crash
     * takes back at once the deliveries it had leased under this name. Unset, it is {@code
     * HOSTNAME} (the pod name on Kubernetes) or else the machine's host name, then ":" and the HTTP
     * port.
     */
    Optional<String> instanceId();
}
