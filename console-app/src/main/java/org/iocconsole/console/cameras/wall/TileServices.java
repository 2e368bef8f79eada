package org.iocconsole.console.cameras.wall;

import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Function;
import org.iocconsole.console.cameras.stream.FrameBudget;
import org.iocconsole.console.cameras.stream.StreamRuntime;
import org.iocconsole.console.cameras.stream.StreamSpec;
import org.iocconsole.sync.model.Camera;

/**
 * What every camera tile shares: the players' runtime, the frame budget, the decoding executor (a small bounded pool,
 * never the FX thread), the FX executor, how a camera's stream is requested, who hears of state changes and the
 * clock. Immutable.
 *
 * @param specs the stream of a camera (URL, kind, credentials), or null when it has none the console can play
 * @param shown told of every frame shown; for benchmarks, else a no-op
 */
public record TileServices(
        StreamRuntime runtime,
        FrameBudget budget,
        Executor decoder,
        Executor fx,
        Function<Camera, StreamSpec> specs,
        CameraStateListener states,
        FrameShownListener shown,
        Clock clock) {

    public TileServices {
        Objects.requireNonNull(runtime, "runtime");
        Objects.requireNonNull(budget, "budget");
        Objects.requireNonNull(decoder, "decoder");
        Objects.requireNonNull(fx, "fx");
        Objects.requireNonNull(specs, "specs");
        Objects.requireNonNull(states, "states");
        Objects.requireNonNull(shown, "shown");
        Objects.requireNonNull(clock, "clock");
    }
}
