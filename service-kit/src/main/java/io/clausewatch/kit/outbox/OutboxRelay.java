package io.clausewatch.kit.outbox;

import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Publishes outbox rows in id order. Rows are claimed with {@code FOR UPDATE SKIP LOCKED}, so
 * several replicas relay side by side without sending a row twice in the normal case; a row is
 * marked published only after the broker acknowledged it.
 */
@ApplicationScoped
@IfBuildProperty(name = "clausewatch.outbox.enabled", stringValue = "true", enableIfMissing = true)
public class OutboxRelay {

    private final OutboxPublisher publisher;
    private final EntityManager entityManager;
    private final int batchSize;
    private final long ackTimeoutMillis;
    private final ExecutorService wakeups = Executors.newSingleThreadExecutor(this::daemon);
    private final AtomicBoolean wakeupPending = new AtomicBoolean();
    private volatile boolean running;

    public OutboxRelay(
            OutboxPublisher publisher,
            EntityManager entityManager,
            @ConfigProperty(name = "clausewatch.outbox.batch-size", defaultValue = "200")
                    int batchSize,
            @ConfigProperty(name = "clausewatch.outbox.ack-timeout-ms", defaultValue = "15000")
                    long ackTimeoutMillis) {
        this.publisher = publisher;
        this.entityManager = entityManager;
        this.batchSize = batchSize;
        this.ackTimeoutMillis = ackTimeoutMillis;
    }

    /** The safety net: whatever a wake-up missed is relayed on the next tick. */
    @Scheduled(
            every = "${clausewatch.outbox.poll-interval:1s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            delayed = "1s")
    void poll() {
        drain();
    }

    /** Relays right after a commit that wrote to the outbox, instead of waiting for a tick. */
    void onWritten(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxWritten written) {
        if (wakeupPending.compareAndSet(false, true)) {
            wakeups.execute(
                    () -> {
                        wakeupPending.set(false);
                        drain();
                    });
        }
    }

    /**
     * Relaying starts once the application has started, after the messaging channels are wired, and
     * stops before the persistence unit closes at shutdown.
     */
    void onStart(@Observes @Priority(Integer.MAX_VALUE) StartupEvent event) {
        running = true;
    }

    void onStop(@Observes ShutdownEvent event) {
        running = false;
        wakeups.shutdownNow();
    }

    /** Relays batches until the outbox is empty or a batch fails. */
    public synchronized void drain() {
        if (!running) {
            return;
        }
        try {
            while (relayBatch() == batchSize) {
                // a full batch suggests more rows are waiting
            }
        } catch (RuntimeException e) {
            Log.warnf("outbox relay paused, will retry: %s", e.getMessage());
        }
    }

    /**
     * Publishes one batch and marks it published; returns how many rows it sent. ArC intercepts
     * self-invocation, so the transaction applies when {@link #drain()} calls this.
     */
    @Transactional
    public int relayBatch() {
        @SuppressWarnings("unchecked")
        List<OutboxEvent> batch =
                entityManager
                        .createNativeQuery(
                                "select * from outbox_event where published_at is null"
                                        + " order by id limit ?1 for update skip locked",
                                OutboxEvent.class)
                        .setParameter(1, batchSize)
                        .getResultList();
        if (batch.isEmpty()) {
            return 0;
        }

        List<CompletableFuture<Void>> acks = new ArrayList<>(batch.size());
        for (OutboxEvent row : batch) {
            row.attempts++;
            acks.add(publisher.send(row));
        }
        awaitAll(acks);

        Instant now = Instant.now();
        batch.forEach(row -> row.publishedAt = now);
        Log.debugf("outbox relayed count=%d", batch.size());
        return batch.size();
    }

    private void awaitAll(List<CompletableFuture<Void>> acks) {
        try {
            CompletableFuture.allOf(acks.toArray(CompletableFuture[]::new))
                    .get(ackTimeoutMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the broker", e);
        } catch (Exception e) {
            throw new IllegalStateException("broker did not acknowledge the batch: " + e, e);
        }
    }

    private Thread daemon(Runnable task) {
        Thread thread = new Thread(task, "outbox-wakeup");
        thread.setDaemon(true);
        return thread;
    }
}
