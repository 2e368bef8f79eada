package org.iocconsole.sync.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.iocconsole.sync.connector.FailureKind;
import org.iocconsole.sync.connector.SourceException;
import org.junit.jupiter.api.Test;

/** The pauses between retries, and what is not retried at all. */
class FetchGuardTest {
    private final List<Duration> waits = new CopyOnWriteArrayList<>();
    private final AtomicInteger calls = new AtomicInteger();

    private FetchGuard guard(int attempts, int breakerFailures) {
        SyncTiming timing = new SyncTiming(
                attempts,
                Duration.ofMillis(40),
                Duration.ofMillis(400),
                Duration.ofSeconds(3),
                breakerFailures,
                Duration.ofMinutes(1));
        return new FetchGuard("test", timing, Clock.systemUTC(), (failure, wait) -> waits.add(wait));
    }

    private static SourceException failure(FailureKind kind, Duration retryAfter) {
        return new SourceException("test", kind, "HTTP 503 from test", 503, retryAfter, null);
    }

    @Test
    void backsOffExponentiallyWithJitter() {
        FetchGuard guard = guard(4, 100);

        assertThatThrownBy(() -> guard.call(() -> {
                    calls.incrementAndGet();
                    throw failure(FailureKind.TRANSIENT, null);
                }))
                .isInstanceOf(SourceException.class);

        assertThat(calls).hasValue(4);
        assertThat(waits).hasSize(3);
        // 40 ms, then 80, then 160, each within ±50 %.
        assertThat(waits.get(0).toMillis()).isBetween(20L, 60L);
        assertThat(waits.get(1).toMillis()).isBetween(40L, 120L);
        assertThat(waits.get(2).toMillis()).isBetween(80L, 240L);
    }

    @Test
    void waitsWhatTheServerAsksFor() throws Exception {
        FetchGuard guard = guard(2, 100);

        String answer = guard.call(() -> {
            if (calls.incrementAndGet() == 1) {
                throw failure(FailureKind.TRANSIENT, Duration.ofMillis(700));
            }
            return "page";
        });

        assertThat(answer).isEqualTo("page");
        assertThat(waits).containsExactly(Duration.ofMillis(700));
    }

    @Test
    void doesNotRetryWhatRetryingCannotMend() {
        FetchGuard guard = guard(4, 100);

        for (FailureKind kind : List.of(FailureKind.MALFORMED, FailureKind.UNAUTHORIZED, FailureKind.CLIENT_ERROR)) {
            assertThatThrownBy(() -> guard.call(() -> {
                        calls.incrementAndGet();
                        throw failure(kind, null);
                    }))
                    .isInstanceOf(SourceException.class);
        }
        assertThat(calls).hasValue(3);
        assertThat(waits).isEmpty();
    }

    @Test
    void aRetryAfterBeyondTheLimitEndsTheRunAtOnce() {
        FetchGuard guard = guard(4, 100);

        assertThatThrownBy(() -> guard.call(() -> {
                    calls.incrementAndGet();
                    throw failure(FailureKind.TRANSIENT, Duration.ofMinutes(10));
                }))
                .isInstanceOf(SourceException.class);
        assertThat(calls).hasValue(1);
    }

    @Test
    void opensTheCircuitAfterTransientFailuresInARow() {
        FetchGuard guard = guard(1, 3);
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> guard.call(() -> {
                        throw failure(FailureKind.TRANSIENT, null);
                    }))
                    .isInstanceOf(SourceException.class);
        }

        assertThat(guard.open()).isTrue();
        assertThatThrownBy(() -> guard.call(() -> "never called")).isInstanceOf(CallNotPermittedException.class);
    }
}
