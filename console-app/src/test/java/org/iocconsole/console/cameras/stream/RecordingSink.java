package org.iocconsole.console.cameras.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** A sink that keeps what a player delivered, for assertions. */
final class RecordingSink implements FrameSink {
    final List<byte[]> frames = new CopyOnWriteArrayList<>();
    final List<StreamState> states = new CopyOnWriteArrayList<>();
    final List<String> details = new CopyOnWriteArrayList<>();
    final AtomicInteger corrupt = new AtomicInteger();
    volatile boolean wanted = true;

    @Override
    public boolean wantsFrame(long nowNanos) {
        return wanted;
    }

    @Override
    public void frame(byte[] jpeg, PartHeader header, long receivedNanos) {
        frames.add(jpeg);
    }

    @Override
    public void corrupt() {
        corrupt.incrementAndGet();
    }

    @Override
    public void state(StreamState state, String detail) {
        states.add(state);
        details.add(String.valueOf(detail));
    }

    StreamState last() {
        return states.isEmpty() ? null : states.get(states.size() - 1);
    }

    static void await(BooleanSupplier condition, Duration timeout, String what) throws InterruptedException {
        await(condition, timeout, () -> what);
    }

    static void await(BooleanSupplier condition, Duration timeout, Supplier<String> what) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime())
                    .as("waited %s for %s", timeout, what.get())
                    .isLessThan(deadline);
            Thread.sleep(10);
        }
    }
}
