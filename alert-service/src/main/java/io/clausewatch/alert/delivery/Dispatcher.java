package io.clausewatch.alert.delivery;

import io.clausewatch.alert.config.AlertConfig;
import io.clausewatch.alert.delivery.OutcomeRecorder.Outcome;
import io.clausewatch.alert.safety.EndpointGuard;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Moves due deliveries from the queue to their endpoints. One loop claims work whenever it is woken
 * (a new event, a finished attempt) or a poll interval passes; each attempt runs on its own virtual
 * thread; one writer records outcomes in batches. Per-endpoint counts of open requests cap how much
 * of this replica any one endpoint can hold, so a slow endpoint waits on itself and nobody else; an
 * endpoint that keeps failing is backed off ({@link EndpointCircuit}) so that its retries do not
 * take the claims, the outcome writer and the database that healthy endpoints need. The total of
 * attempts not yet recorded caps how far sending may run ahead of the database.
 */
@ApplicationScoped
public class Dispatcher {

    private static final Duration POLL = Duration.ofMillis(250);
    private static final int MAX_IN_FLIGHT = 2000;
    private static final long SWEEP_MILLIS = 5_000;
    private static final int SPLIT_AFTER_TRIES = 3;
    private static final int OUTCOME_BATCH = 500;

    private final DeliveryStore store;
    private final OutcomeRecorder recorder;
    private final AlertConfig config;
    private final WebhookSender sender;
    private final Duration lease;
    private final EndpointCircuit circuit;
    private final Semaphore wakeups = new Semaphore(0);
    private final Map<String, AtomicInteger> inFlight = new ConcurrentHashMap<>();
    private final AtomicInteger totalInFlight = new AtomicInteger();
    private final LinkedBlockingQueue<Outcome> outcomes = new LinkedBlockingQueue<>();
    private final ExecutorService attempts = Executors.newVirtualThreadPerTaskExecutor();
    private volatile boolean running;
    private Thread claimLoop;
    private Thread writerLoop;
    private Thread sweepLoop;

    public Dispatcher(DeliveryStore store, OutcomeRecorder recorder, AlertConfig config) {
        this.store = store;
        this.recorder = recorder;
        this.config = config;
        this.sender =
                new WebhookSender(
                        EndpointGuard.usingSystemResolver(
                                config.allowPrivateAddresses(), config.requireHttps()),
                        config.timeout(),
                        config.responseExcerptBytes());
        // an attempt holds its lease for its whole timeout plus the time to record the outcome
        this.lease = config.timeout().multipliedBy(2).plusSeconds(60);
        this.circuit =
                new EndpointCircuit(
                        config.circuitFailures(),
                        config.circuitPause(),
                        config.circuitLongestPause());
    }

    void onStart(@Observes StartupEvent event) {
        try {
            int released = store.releaseLeasesOfEarlierRun();
            if (released > 0) {
                Log.infof(
                        "deliveries in flight when this replica stopped released count=%d",
                        released);
            }
        } catch (SQLException e) {
            // their leases end by themselves; nothing is lost by waiting for them
            Log.warnf("could not release the leases of an earlier run: %s", e.getMessage());
        }
        running = true;
        claimLoop = Thread.ofPlatform().daemon().name("delivery-claims").start(this::claimLoop);
        writerLoop = Thread.ofPlatform().daemon().name("delivery-outcomes").start(this::writeLoop);
        sweepLoop = Thread.ofPlatform().daemon().name("delivery-sweep").start(this::sweepLoop);
    }

    void onStop(@Observes ShutdownEvent event) {
        running = false;
        claimLoop.interrupt();
        writerLoop.interrupt();
        sweepLoop.interrupt();
        attempts.shutdownNow();
    }

    /** Asks the dispatcher to look for due deliveries now rather than at the next poll. */
    public void wake() {
        if (wakeups.availablePermits() == 0) {
            wakeups.release();
        }
    }

    private void claimLoop() {
        while (running) {
            try {
                int claimed = claimOnce();
                if (claimed == 0) {
                    wakeups.tryAcquire(POLL.toMillis(), TimeUnit.MILLISECONDS);
                    wakeups.drainPermits();
                }
            } catch (InterruptedException e) {
                return;
            } catch (Exception e) {
                Log.warnf("delivery claim failed, will retry: %s", e.getMessage());
                sleepQuietly(POLL);
            } catch (Error e) {
                // a dead claim thread would stop every delivery of this replica without a sound
                Log.errorf(e, "delivery claim broke, will retry");
                sleepQuietly(POLL);
            }
        }
    }

    private int claimOnce() throws Exception {
        int room = Math.min(config.claimBatch(), MAX_IN_FLIGHT - totalInFlight.get());
        if (room <= 0) {
            return 0;
        }
        List<DeliveryJob> jobs =
                store.claim(room, config.concurrencyPerEndpoint(), endpointRoom(), lease);
        jobs.forEach(this::start);
        return jobs.size();
    }

    /**
     * Releases stranded successors every few seconds, on its own thread: however long the sweep
     * takes, claims for every endpoint go on meanwhile.
     */
    private void sweepLoop() {
        while (running) {
            try {
                Thread.sleep(SWEEP_MILLIS);
                int promoted = store.promoteStranded();
                if (promoted > 0) {
                    Log.infof("waiting deliveries released count=%d", promoted);
                    wake();
                }
            } catch (InterruptedException e) {
                return;
            } catch (Exception | Error e) {
                Log.warnf("releasing waiting deliveries failed, will retry: %s", e.getMessage());
            }
        }
    }

    /**
     * Attempts each restricted endpoint may still take: its limit (lower while its circuit is open
     * or probing) less what it has in flight. Endpoints not listed may take the full limit.
     */
    private Map<String, Integer> endpointRoom() {
        int perEndpoint = config.concurrencyPerEndpoint();
        Map<String, Integer> room = circuit.restricted(perEndpoint, System.currentTimeMillis());
        inFlight.forEach(
                (subscription, count) -> {
                    int open = count.get();
                    if (open > 0) {
                        int allowed = room.getOrDefault(subscription, perEndpoint);
                        room.put(subscription, allowed - open);
                    }
                });
        return room;
    }

    private void start(DeliveryJob job) {
        inFlight.computeIfAbsent(job.subscriptionId(), k -> new AtomicInteger()).incrementAndGet();
        totalInFlight.incrementAndGet();
        attempts.execute(() -> attempt(job));
    }

    /**
     * Sends one attempt and queues its outcome. Whatever happens, the endpoint's count goes down
     * and an outcome is recorded: a count left up would keep the endpoint "full" and its deliveries
     * unclaimed for as long as the process lives.
     */
    private void attempt(DeliveryJob job) {
        AttemptResult result;
        try {
            result = sender.send(job);
        } catch (RuntimeException | Error e) {
            Log.errorf(e, "delivery attempt failed unexpectedly delivery=%s", job.webhookId());
            result = AttemptResult.unexpected();
        } finally {
            // the endpoint is free again; the row stays leased until its outcome is written
            inFlight.get(job.subscriptionId()).decrementAndGet();
        }
        circuit.record(job.subscriptionId(), result.succeeded(), System.currentTimeMillis());
        outcomes.add(new Outcome(job, result));
        wake();
    }

    private void writeLoop() {
        List<Outcome> batch = new ArrayList<>();
        while (running) {
            try {
                if (batch.isEmpty()) {
                    batch.add(outcomes.take());
                }
                outcomes.drainTo(batch, OUTCOME_BATCH - batch.size());
                writeWithRetry(batch);
                release(batch);
                batch.clear();
                wake();
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException | Error e) {
                // keep the batch and the thread: a dead writer would stall every delivery
                Log.errorf(e, "recording delivery outcomes broke, will retry");
                sleepQuietly(Duration.ofSeconds(1));
            }
        }
    }

    /**
     * Records a batch, retrying while the database is away. A batch that keeps failing is written
     * one outcome at a time, so that one outcome the database refuses cannot hold up every other
     * endpoint's bookkeeping. An outcome that still fails while the database answers is dropped
     * with an error; its delivery, still leased, goes again once the lease ends (same {@code
     * webhook-id}), and the endpoint's other deliveries go on meanwhile.
     */
    private void writeWithRetry(List<Outcome> batch) throws InterruptedException {
        List<Outcome> left = batch;
        for (int tries = 1; running && !left.isEmpty(); tries++) {
            try {
                recorder.record(left);
                return;
            } catch (RuntimeException e) {
                Log.warnf(
                        "recording %d delivery outcomes failed, will retry: %s",
                        left.size(), e.getMessage());
                if (tries >= 2 * SPLIT_AFTER_TRIES && recorder.databaseAnswers()) {
                    dropRefused(left);
                    return;
                }
                if (tries >= SPLIT_AFTER_TRIES && left.size() > 1) {
                    left = writeEach(left);
                }
                if (!left.isEmpty()) {
                    TimeUnit.SECONDS.sleep(1);
                }
            }
        }
    }

    /** Writes each outcome on its own; answers those that failed. */
    private List<Outcome> writeEach(List<Outcome> batch) {
        List<Outcome> failed = new ArrayList<>();
        for (Outcome outcome : batch) {
            try {
                recorder.record(List.of(outcome));
            } catch (RuntimeException e) {
                failed.add(outcome);
            }
        }
        return failed;
    }

    private static void dropRefused(List<Outcome> refused) {
        refused.forEach(
                outcome ->
                        Log.errorf(
                                "delivery outcome refused by the database, the delivery goes again"
                                        + " after its lease delivery=%s",
                                outcome.job().webhookId()));
    }

    private void release(List<Outcome> batch) {
        totalInFlight.addAndGet(-batch.size());
    }

    private static void sleepQuietly(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
