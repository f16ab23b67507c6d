package io.clausewatch.alert.delivery;

import io.clausewatch.alert.config.AlertConfig;
import io.clausewatch.alert.delivery.OutcomeRecorder.Outcome;
import io.clausewatch.alert.safety.EndpointGuard;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
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
 * of this replica any one endpoint can hold, so a slow endpoint waits on itself and nobody else;
 * the total of attempts not yet recorded caps how far sending may run ahead of the database.
 */
@ApplicationScoped
public class Dispatcher {

    private static final Duration POLL = Duration.ofMillis(250);
    private static final int MAX_IN_FLIGHT = 2000;
    private static final long SWEEP_MILLIS = 5_000;

    private final DeliveryStore store;
    private final OutcomeRecorder recorder;
    private final AlertConfig config;
    private final WebhookSender sender;
    private final Duration lease;
    private final Semaphore wakeups = new Semaphore(0);
    private final Map<String, AtomicInteger> inFlight = new ConcurrentHashMap<>();
    private final AtomicInteger totalInFlight = new AtomicInteger();
    private final LinkedBlockingQueue<Outcome> outcomes = new LinkedBlockingQueue<>();
    private final ExecutorService attempts = Executors.newVirtualThreadPerTaskExecutor();
    private volatile boolean running;
    private long lastSweep;
    private Thread claimLoop;
    private Thread writerLoop;

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
    }

    void onStart(@Observes StartupEvent event) {
        running = true;
        claimLoop = Thread.ofPlatform().daemon().name("delivery-claims").start(this::claimLoop);
        writerLoop = Thread.ofPlatform().daemon().name("delivery-outcomes").start(this::writeLoop);
    }

    void onStop(@Observes ShutdownEvent event) {
        running = false;
        claimLoop.interrupt();
        writerLoop.interrupt();
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
            }
        }
    }

    private int claimOnce() throws Exception {
        sweepNowAndThen();
        int room = Math.min(config.claimBatch(), MAX_IN_FLIGHT - totalInFlight.get());
        if (room <= 0) {
            return 0;
        }
        List<DeliveryJob> jobs =
                store.claim(room, config.concurrencyPerEndpoint(), inFlightSnapshot(), lease);
        jobs.forEach(this::start);
        return jobs.size();
    }

    private void sweepNowAndThen() throws Exception {
        long now = System.currentTimeMillis();
        if (now - lastSweep >= SWEEP_MILLIS) {
            lastSweep = now;
            int promoted = store.promoteStranded();
            if (promoted > 0) {
                Log.infof("waiting deliveries released count=%d", promoted);
            }
        }
    }

    private Map<String, Integer> inFlightSnapshot() {
        Map<String, Integer> snapshot = new HashMap<>();
        inFlight.forEach(
                (subscription, count) -> {
                    int value = count.get();
                    if (value > 0) {
                        snapshot.put(subscription, value);
                    }
                });
        return snapshot;
    }

    private void start(DeliveryJob job) {
        inFlight.computeIfAbsent(job.subscriptionId(), k -> new AtomicInteger()).incrementAndGet();
        totalInFlight.incrementAndGet();
        attempts.execute(
                () -> {
                    AttemptResult result = sender.send(job);
                    // the endpoint is free again; the row stays leased until its outcome is written
                    inFlight.get(job.subscriptionId()).decrementAndGet();
                    outcomes.add(new Outcome(job, result));
                    wake();
                });
    }

    private void writeLoop() {
        List<Outcome> batch = new ArrayList<>();
        while (running) {
            try {
                batch.add(outcomes.take());
                outcomes.drainTo(batch, 499);
                writeWithRetry(batch);
                release(batch);
                batch.clear();
                wake();
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void writeWithRetry(List<Outcome> batch) throws InterruptedException {
        while (running) {
            try {
                recorder.record(batch);
                return;
            } catch (RuntimeException e) {
                Log.warnf(
                        "recording %d delivery outcomes failed, will retry: %s",
                        batch.size(), e.getMessage());
                TimeUnit.SECONDS.sleep(1);
            }
        }
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
