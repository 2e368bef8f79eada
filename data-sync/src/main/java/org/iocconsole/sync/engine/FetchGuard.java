package org.iocconsole.sync.engine;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.core.IntervalBiFunction;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.iocconsole.sync.connector.FailureKind;
import org.iocconsole.sync.connector.SourceException;

/**
 * Retries one source's requests with exponential backoff and jitter, honouring {@code Retry-After}, inside a circuit
 * breaker that stops calling a source that keeps failing. One per source; used by that source's worker only.
 */
final class FetchGuard {

    /** A request of the source; throws what the connector throws. */
    @FunctionalInterface
    interface Request<T> {
        T call() throws SourceException;
    }

    private final Retry retry;
    private final CircuitBreaker breaker;
    private final SyncTiming timing;

    /** @param onRetry told of each retry with the failure and the pause before it */
    FetchGuard(String sourceId, SyncTiming timing, Clock clock, BiConsumer<Throwable, Duration> onRetry) {
        this.timing = timing;
        IntervalFunction backoff = IntervalFunction.ofExponentialRandomBackoff(
                timing.firstBackoff().toMillis(), 2.0, 0.5, timing.maxBackoff().toMillis());
        IntervalBiFunction<Object> interval =
                (attempt, outcome) -> (outcome.isLeft() ? retryAfter(outcome.getLeft()) : Optional.<Duration>empty())
                        .map(Duration::toMillis)
                        .orElseGet(() -> backoff.apply(attempt));
        this.retry = Retry.of(
                sourceId,
                RetryConfig.custom()
                        .maxAttempts(timing.attempts())
                        .intervalBiFunction(interval)
                        .retryOnException(this::worthRetrying)
                        .build());
        this.breaker = CircuitBreaker.of(
                sourceId,
                CircuitBreakerConfig.custom()
                        .clock(clock)
                        .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                        .slidingWindowSize(timing.breakerFailures())
                        .minimumNumberOfCalls(timing.breakerFailures())
                        .failureRateThreshold(100)
                        .waitDurationInOpenState(timing.breakerPause())
                        .permittedNumberOfCallsInHalfOpenState(1)
                        .recordException(FetchGuard::isTransient)
                        .build());
        retry.getEventPublisher().onRetry(event -> onRetry.accept(event.getLastThrowable(), event.getWaitInterval()));
    }

    /**
     * Runs the request through the breaker, retrying transient failures.
     *
     * @throws SourceException the last failure when retries are spent or the failure is not worth retrying
     * @throws io.github.resilience4j.circuitbreaker.CallNotPermittedException when the circuit is open
     */
    <T> T call(Request<T> request) throws SourceException {
        try {
            return Retry.decorateCheckedSupplier(retry, () -> breaker.executeCheckedSupplier(request::call))
                    .get();
        } catch (SourceException | RuntimeException e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("unexpected failure type", e);
        }
    }

    /** Whether the circuit is open now. */
    boolean open() {
        return breaker.getState() == CircuitBreaker.State.OPEN;
    }

    private boolean worthRetrying(Throwable failure) {
        return isTransient(failure)
                && retryAfter(failure)
                        .map(wait -> wait.compareTo(timing.maxRetryWait()) <= 0)
                        .orElse(true);
    }

    private static boolean isTransient(Throwable failure) {
        return failure instanceof SourceException e && e.kind() == FailureKind.TRANSIENT;
    }

    static Optional<Duration> retryAfter(Throwable failure) {
        return failure instanceof SourceException e ? e.retryAfter() : Optional.empty();
    }
}
