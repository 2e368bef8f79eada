package org.iocconsole.sync.outbox;

import io.github.resilience4j.core.IntervalFunction;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.iocconsole.sync.connector.CancelHandle;
import org.iocconsole.sync.connector.SourceException;
import org.iocconsole.sync.connector.actions.ActionResult;
import org.iocconsole.sync.connector.actions.ActionsClient;
import org.iocconsole.sync.connector.actions.OutgoingAction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the outbox's actions to the API one at a time, oldest first, on its own thread: an action that must wait
 * (offline, server busy) holds back the ones behind it, so the API sees them in the order they were taken. Conflicts
 * and refusals are kept for the operator, never dropped. Retries survive restarts because the outbox is in the cache.
 * Thread-safe.
 */
public final class OutboxPusher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(OutboxPusher.class);
    private static final Duration IDLE_POLL = Duration.ofSeconds(10);
    private static final Duration UNAUTHORIZED_PAUSE = Duration.ofMinutes(5);

    /** Told after every change of an action's state, on the pusher's thread. */
    @FunctionalInterface
    public interface Listener {
        void outboxChanged(OutboxCounts counts);
    }

    private final OutboxRepository outbox;
    private final ActionsClient client;
    private final Clock clock;
    private final IntervalFunction backoff;
    private final Listener listener;
    private final Object signal = new Object();
    private final Thread thread;
    private final CancelHandle cancel = new CancelHandle();
    private volatile boolean running = true;
    private boolean nudged;

    /**
     * @param firstBackoff the pause after a first failure; it doubles with jitter up to {@code maxBackoff}
     */
    public OutboxPusher(
            OutboxRepository outbox,
            ActionsClient client,
            Clock clock,
            Duration firstBackoff,
            Duration maxBackoff,
            Listener listener) {
        this.outbox = outbox;
        this.client = client;
        this.clock = clock;
        this.backoff =
                IntervalFunction.ofExponentialRandomBackoff(firstBackoff.toMillis(), 2.0, 0.5, maxBackoff.toMillis());
        this.listener = listener;
        this.thread = new Thread(this::loop, "outbox-pusher");
        this.thread.setDaemon(true);
    }

    public void start() {
        thread.start();
    }

    /** Looks at the outbox at once (an action was just recorded, or the network came back). */
    public void nudge() {
        synchronized (signal) {
            nudged = true;
            signal.notifyAll();
        }
    }

    private void loop() {
        while (running) {
            try {
                Duration wait = pushHead();
                if (!wait.isZero()) {
                    sleep(wait);
                }
            } catch (RuntimeException e) {
                LOG.error("The outbox could not be read; trying again shortly", e);
                sleep(IDLE_POLL);
            }
        }
    }

    /** Pushes the oldest pending action if it is due; returns how long to wait before looking again. */
    private Duration pushHead() {
        Optional<OutboxEntry> head = outbox.head();
        if (head.isEmpty()) {
            return IDLE_POLL;
        }
        OutboxEntry entry = head.get();
        Instant now = clock.instant();
        if (!takeNudge()
                && entry.nextAttemptAt() != null
                && entry.nextAttemptAt().isAfter(now)) {
            return Duration.between(now, entry.nextAttemptAt());
        }
        ActionResult result;
        try {
            result = client.push(toOutgoing(entry), cancel);
        } catch (SourceException e) {
            if (!running) {
                return Duration.ZERO; // closing: the action stays pending, due at once after a restart
            }
            // Nothing was sent (the token cannot be read): keep the action and look again later.
            outbox.markRetry(entry.id(), e.getMessage(), now.plus(IDLE_POLL));
            return IDLE_POLL;
        }
        record(entry, result, now);
        listener.outboxChanged(outbox.counts());
        return Duration.ZERO;
    }

    private void record(OutboxEntry entry, ActionResult result, Instant now) {
        switch (result.outcome()) {
            case APPLIED -> outbox.markSent(entry.id(), now);
            case CONFLICT -> outbox.markConflict(entry.id(), result.message());
            case REJECTED -> outbox.markRejected(entry.id(), result.message());
            case UNAUTHORIZED -> outbox.markRetry(entry.id(), result.message(), now.plus(UNAUTHORIZED_PAUSE));
            case TRANSIENT -> {
                Duration pause = result.retryAfter() != null
                        ? result.retryAfter()
                        : Duration.ofMillis(backoff.apply(entry.attempts() + 1));
                outbox.markRetry(entry.id(), result.message(), now.plus(pause));
            }
        }
        LOG.info("Outbox action {} ({} {}): {}", entry.id(), entry.kind(), entry.targetId(), result.outcome());
    }

    private static OutgoingAction toOutgoing(OutboxEntry entry) {
        return new OutgoingAction(
                entry.idempotencyKey(),
                entry.kind(),
                entry.targetId(),
                entry.payloadJson(),
                entry.actor(),
                entry.createdAt(),
                entry.baseUpdatedAt());
    }

    private void sleep(Duration wait) {
        synchronized (signal) {
            long until = System.nanoTime() + wait.toNanos();
            while (running && !nudged) {
                long left = until - System.nanoTime();
                if (left <= 0) {
                    break;
                }
                try {
                    signal.wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** Whether someone asked to look at once; a nudge also overrides a retry's pause. */
    private boolean takeNudge() {
        synchronized (signal) {
            boolean was = nudged;
            nudged = false;
            return was;
        }
    }

    /**
     * Waits until no action is due any more (sent, refused, or waiting for a later retry), or the time is up. For
     * one-shot runs that must not exit with actions they could send.
     */
    public void drain(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline && hasDueAction()) {
            nudge();
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private boolean hasDueAction() {
        Instant now = clock.instant();
        return outbox.head()
                .map(entry ->
                        entry.nextAttemptAt() == null || !entry.nextAttemptAt().isAfter(now))
                .orElse(false);
    }

    /** Stops pushing; an action in flight is cancelled and stays pending. */
    @Override
    public void close() {
        running = false;
        cancel.cancel();
        nudge();
        try {
            thread.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
