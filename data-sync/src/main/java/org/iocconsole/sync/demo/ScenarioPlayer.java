package org.iocconsole.sync.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.iocconsole.sync.config.ConfigException;
import org.iocconsole.sync.config.ConfigProblem;
import org.iocconsole.sync.scenario.Scenario;
import org.iocconsole.sync.scenario.ScenarioTime;

/**
 * Plays a scenario on the demo province's virtual clock: play, pause, speed 1× to 600×, seek and reset. Going
 * forward only moves the clock; going back rebuilds the province from the scenario's start (seed and anchor give
 * the same province again) and moves the clock to the target, so a position always shows the same state. Each
 * rebuild raises {@link Status#generation()}: a client must then read the province afresh, into an empty cache.
 * The clock pauses by itself at the scenario's end.
 *
 * <p>Thread-safe.
 */
public final class ScenarioPlayer {
    public static final double MIN_SPEED = 1;
    public static final double MAX_SPEED = 600;

    public enum State {
        PAUSED,
        PLAYING,
        ENDED
    }

    /**
     * Where the player stands.
     *
     * @param position time since the scenario's start, never past its length
     * @param generation how many times the province was rebuilt; changes when a client must start its cache afresh
     */
    public record Status(
            Scenario scenario,
            State state,
            double speed,
            Duration position,
            Instant virtualTime,
            long generation,
            long eventsDone) {}

    private final DemoProvince province;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "demo-scenario-end");
        thread.setDaemon(true);
        return thread;
    });
    private Scenario scenario;
    private long generation;
    private ScheduledFuture<?> endTimer;

    ScenarioPlayer(DemoProvince province, Scenario scenario) {
        this.province = province;
        this.scenario = scenario;
    }

    public synchronized Scenario scenario() {
        return scenario;
    }

    public synchronized Status status() {
        VirtualClock clock = province.clock();
        Instant now = clock.instant();
        Duration position = position(now);
        boolean atEnd = position.equals(scenario.length());
        if (atEnd && !clock.isPaused()) {
            // The end timer may not have fired yet: nobody sees the scenario run past its end.
            clock.pause();
            cancelEndTimer();
        }
        State state = atEnd ? State.ENDED : clock.isPaused() ? State.PAUSED : State.PLAYING;
        return new Status(
                scenario,
                state,
                clock.speed(),
                position,
                scenario.start().plus(position),
                generation,
                scenario.eventsUpTo(position));
    }

    private Duration position(Instant now) {
        Duration position = Duration.between(scenario.start(), now);
        if (position.isNegative()) {
            return Duration.ZERO;
        }
        return position.compareTo(scenario.length()) > 0 ? scenario.length() : position;
    }

    /** Lets virtual time run at the current speed; at the end, starts again from the beginning. */
    public synchronized void play() {
        if (status().state() == State.ENDED) {
            rebuild(scenario, Duration.ZERO);
        }
        province.clock().resume();
        armEndTimer();
    }

    public synchronized void pause() {
        province.clock().pause();
        cancelEndTimer();
    }

    /**
     * @param speed virtual seconds per real second, {@value #MIN_SPEED} to {@value #MAX_SPEED}
     * @throws IllegalArgumentException outside that range; the speed stays as it was
     */
    public synchronized void setSpeed(double speed) {
        if (!(speed >= MIN_SPEED && speed <= MAX_SPEED)) {
            throw new IllegalArgumentException("the speed must be from 1 to 600 (times real time), was " + speed);
        }
        province.clock().setSpeed(speed);
        armEndTimer();
    }

    /**
     * Moves to {@code position} after the start, keeping play or pause.
     *
     * @throws IllegalArgumentException before the start or beyond the end; nothing changes then
     */
    public synchronized void seek(Duration position) {
        if (position.isNegative() || position.compareTo(scenario.length()) > 0) {
            throw new IllegalArgumentException("cannot seek to " + (position.isNegative() ? "-" : "")
                    + ScenarioTime.format(position.abs()) + ": the scenario runs from 00:00 to "
                    + ScenarioTime.format(scenario.length()));
        }
        VirtualClock clock = province.clock();
        Duration ahead = Duration.between(clock.instant(), scenario.start().plus(position));
        if (ahead.isNegative()) {
            rebuild(scenario, position);
        } else {
            clock.advance(ahead);
        }
        armEndTimer();
    }

    /** Back to the start, paused, with the province as it was before the first event. */
    public synchronized void reset() {
        pause();
        rebuild(scenario, Duration.ZERO);
    }

    /**
     * Plays another scenario from its start, paused. When its references do not fit the province, the player keeps
     * the scenario it had.
     *
     * @throws ConfigException naming the line and field of each problem
     */
    public synchronized void load(Scenario next) throws ConfigException {
        if (!next.province().equals(scenario.province())) {
            throw new ConfigException(new ConfigProblem(
                    next.source(),
                    0,
                    "province",
                    "this demo plays scenarios of province " + scenario.province() + ", not " + next.province()));
        }
        if (next.start().isBefore(DemoOptions.EARLIEST_ANCHOR)) {
            throw new ConfigException(
                    new ConfigProblem(next.source(), 0, "start", "must be on or after " + DemoOptions.EARLIEST_ANCHOR));
        }
        // The cameras depend on the seed: check against the world the scenario will play on, then serve it.
        ScenarioScript script = new ScenarioScript(next, Json.newMapper());
        DemoProvince.Served built = province.build(province.options().withSeed(next.seed()), script);
        script.check(built.world().basics(), built.world().cameras());
        pause();
        province.clock().restart(next.start());
        scenario = next;
        generation++;
        province.swap(built);
    }

    private void rebuild(Scenario next, Duration position) {
        VirtualClock clock = province.clock();
        clock.restart(next.start());
        scenario = next;
        generation++;
        province.serve(province.options().withSeed(next.seed()), new ScenarioScript(next, Json.newMapper()));
        clock.advance(position);
    }

    private void armEndTimer() {
        cancelEndTimer();
        VirtualClock clock = province.clock();
        if (clock.isPaused()) {
            return;
        }
        Duration left = Duration.between(clock.instant(), scenario.end());
        long realNanos = Math.max(0, (long) (left.toNanos() / clock.speed()));
        endTimer = timer.schedule(this::endReached, realNanos, TimeUnit.NANOSECONDS);
    }

    private synchronized void endReached() {
        VirtualClock clock = province.clock();
        Duration left = Duration.between(clock.instant(), scenario.end());
        if (left.isNegative() || left.isZero()) {
            clock.pause();
        } else {
            armEndTimer();
        }
    }

    private void cancelEndTimer() {
        if (endTimer != null) {
            endTimer.cancel(false);
            endTimer = null;
        }
    }

    void close() {
        timer.shutdownNow();
    }
}
