package org.iocconsole.console.cameras.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iocconsole.console.cameras.stream.RecordingSink.await;
import static org.iocconsole.console.cameras.stream.ScriptedCamera.ascii;
import static org.iocconsole.console.cameras.stream.ScriptedCamera.okHeaders;
import static org.iocconsole.console.cameras.stream.ScriptedCamera.part;

import io.github.resilience4j.core.IntervalFunction;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import okhttp3.OkHttpClient;
import org.iocconsole.sync.demo.DemoOptions;
import org.iocconsole.sync.demo.DemoProvince;
import org.iocconsole.sync.demo.VirtualClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Players against real cameras on loopback: the demo province's MJPEG streams, and scripted cameras that stall, send
 * garbage, cut frames, refuse credentials, never answer or announce absurd sizes. Each bad case ends in a state, and
 * none of them holds back a good stream or leaves a thread behind.
 */
class StreamPlayerTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    /** Drawn before any camera starts: the first use of ImageIO is slow enough to look like a stall. */
    private static final List<byte[]> FRAMES =
            List.of(TestJpegs.frame(0), TestJpegs.frame(1), TestJpegs.frame(2), TestJpegs.frame(3), TestJpegs.frame(4));

    private static final OkHttpClient CLIENT = new OkHttpClient();
    private static DemoProvince demo;

    private final List<AutoCloseable> open = new ArrayList<>();
    private StreamRuntime runtime;

    @BeforeAll
    static void startDemo() {
        demo = DemoProvince.start(DemoOptions.defaults()
                .withClock(VirtualClock.manual(Instant.parse("2026-11-22T01:30:00Z")))
                .withMaxStreams(64));
    }

    @AfterAll
    static void stopDemo() {
        demo.close();
    }

    @AfterEach
    void closeAll() throws Exception {
        if (runtime != null) {
            runtime.close();
        }
        for (AutoCloseable closeable : open) {
            closeable.close();
        }
    }

    private StreamRuntime runtime(Duration stall, IntervalFunction backoff) {
        runtime = new StreamRuntime(
                CLIENT, StreamSettings.defaults().withStallTimeout(stall).withBackoff(backoff));
        return runtime;
    }

    private StreamRuntime quickRuntime() {
        return runtime(
                Duration.ofMillis(700),
                IntervalFunction.ofExponentialBackoff(Duration.ofMillis(50), 2.0, Duration.ofMillis(400)));
    }

    private ScriptedCamera camera(ScriptedCamera.Script script) throws Exception {
        ScriptedCamera camera = new ScriptedCamera(script);
        open.add(camera);
        return camera;
    }

    static String demoStream(DemoProvince province, String id) {
        return province.apiUrl() + "cameras/" + id + "/stream.mjpg?fps=10&w=320&h=180";
    }

    @Test
    void playsADemoCameraAndEndsItsStreamOnStop() throws Exception {
        RecordingSink sink = new RecordingSink();
        StreamPlayer player =
                new StreamPlayer(StreamSpec.mjpeg(demoStream(demo, onlineCamera())), quickRuntime(), sink);
        player.start();
        await(() -> sink.frames.size() >= 5, WAIT, "five frames");
        assertThat(sink.states).startsWith(StreamState.CONNECTING, StreamState.LIVE);
        assertThat(player.state()).isEqualTo(StreamState.LIVE);
        assertThat(player.corruptParts()).isZero();

        player.stop();
        await(() -> demo.activeStreams() == 0, WAIT, "the demo to end the stream");
        int after = sink.frames.size();
        Thread.sleep(300);
        assertThat(sink.frames).hasSize(after);
    }

    @Test
    void skipsFramesTheTileDoesNotWantWithoutDroppingTheConnection() throws Exception {
        RecordingSink sink = new RecordingSink();
        sink.wanted = false;
        StreamPlayer player =
                new StreamPlayer(StreamSpec.mjpeg(demoStream(demo, onlineCamera())), quickRuntime(), sink);
        player.start();
        Thread.sleep(1200);
        assertThat(sink.frames).isEmpty();
        assertThat(player.attempts()).isEqualTo(1);
        assertThat(sink.states).doesNotContain(StreamState.NO_SIGNAL, StreamState.RECONNECTING);
        sink.wanted = true;
        await(() -> sink.frames.size() >= 2, WAIT, "frames once wanted");
    }

    @Test
    void aRefusedTokenShowsUnauthorized() throws Exception {
        try (DemoProvince locked = DemoProvince.start(DemoOptions.defaults()
                .withClock(VirtualClock.manual(Instant.parse("2026-11-22T01:30:00Z")))
                .withToken("secret"))) {
            RecordingSink sink = new RecordingSink();
            StreamPlayer player = new StreamPlayer(
                    StreamSpec.mjpeg(demoStream(locked, "CAM-0001")).withHeaders(Map.of("Authorization", "Bearer bad")),
                    quickRuntime(),
                    sink);
            player.start();
            await(() -> sink.last() == StreamState.UNAUTHORIZED, WAIT, "unauthorized");
            assertThat(sink.details).anyMatch(d -> d.contains("HTTP 401"));

            RecordingSink good = new RecordingSink();
            new StreamPlayer(
                            StreamSpec.mjpeg(demoStream(locked, onlineCamera()))
                                    .withHeaders(Map.of("Authorization", "Bearer secret")),
                            runtime,
                            good)
                    .start();
            await(() -> good.frames.size() >= 2, WAIT, "frames with the right token");
            runtime.close();
        }
    }

    @Test
    void aStallShowsNoSignalAndReconnects() throws Exception {
        ScriptedCamera stalling = camera((out, connection) -> {
            okHeaders(out);
            part(out, FRAMES.get(connection % FRAMES.size()));
            Thread.sleep(60_000);
        });
        RecordingSink sink = new RecordingSink();
        new StreamPlayer(StreamSpec.mjpeg(stalling.url()), quickRuntime(), sink).start();
        // On a loaded machine a first frame may itself come later than the stall timeout: then a later one counts.
        await(
                () -> sink.states.lastIndexOf(StreamState.NO_SIGNAL) > sink.states.indexOf(StreamState.LIVE)
                        && sink.states.contains(StreamState.LIVE),
                WAIT,
                () -> "no signal after live: " + sink.states + " " + sink.details);
        assertThat(sink.states).startsWith(StreamState.CONNECTING);
        await(() -> stalling.requests().size() >= 2, WAIT, "a reconnect");
        await(() -> sink.frames.size() >= 2, WAIT, "the frame of the second connection");
    }

    @Test
    void aServerThatNeverAnswersShowsNoSignal() throws Exception {
        ScriptedCamera silent = camera((out, connection) -> Thread.sleep(60_000));
        RecordingSink sink = new RecordingSink();
        long started = System.nanoTime();
        new StreamPlayer(StreamSpec.mjpeg(silent.url()), quickRuntime(), sink).start();
        await(() -> sink.last() == StreamState.NO_SIGNAL, WAIT, "no signal");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void corruptPartsAreSkippedAndCountedWithoutDroppingTheStream() throws Exception {
        byte[] good = FRAMES.get(3);
        ScriptedCamera garbling = camera((out, connection) -> {
            okHeaders(out);
            part(out, good);
            part(out, "<html>this is no picture</html>".getBytes());
            part(out, Arrays.copyOf(good, good.length / 2));
            byte[] garbled = good.clone();
            garbled[garbled.length - 1] = 0x12;
            part(out, garbled);
            part(out, good);
            Thread.sleep(60_000);
        });
        RecordingSink sink = new RecordingSink();
        StreamPlayer player = new StreamPlayer(StreamSpec.mjpeg(garbling.url()), quickRuntime(), sink);
        player.start();
        await(() -> sink.frames.size() == 2 && sink.corrupt.get() == 3, WAIT, "two frames and three corrupt parts");
        assertThat(player.corruptParts()).isEqualTo(3);
        assertThat(player.attempts()).isEqualTo(1);
        assertThat(player.state()).isEqualTo(StreamState.LIVE);
    }

    @Test
    void aConnectionDroppedMidFrameReconnects() throws Exception {
        byte[] frame = FRAMES.get(4);
        ScriptedCamera dropping = camera((out, connection) -> {
            okHeaders(out);
            part(out, frame);
            if (connection == 0) {
                ascii(out, "--frame\r\nContent-Length: " + frame.length + "\r\n\r\n");
                out.write(frame, 0, frame.length / 3);
                out.flush();
                return;
            }
            Thread.sleep(60_000);
        });
        RecordingSink sink = new RecordingSink();
        new StreamPlayer(StreamSpec.mjpeg(dropping.url()), quickRuntime(), sink).start();
        await(() -> sink.frames.size() >= 2, WAIT, "a frame after reconnecting");
        assertThat(sink.states).containsSubsequence(StreamState.LIVE, StreamState.RECONNECTING, StreamState.LIVE);
        assertThat(sink.details).anyMatch(d -> d.contains("within a frame"));
        assertThat(sink.frames).allSatisfy(f -> assertThat(f).isEqualTo(frame));
    }

    @Test
    void absurdSizesAndBoundariesAreRefusedAsStates() throws Exception {
        ScriptedCamera hugeFrame = camera((out, connection) -> {
            okHeaders(out);
            ascii(out, "--frame\r\nContent-Length: 900000000000\r\n\r\n");
            Thread.sleep(60_000);
        });
        ScriptedCamera hugeBoundary = camera((out, connection) -> {
            ascii(
                    out,
                    "HTTP/1.1 200 OK\r\nContent-Type: multipart/x-mixed-replace; boundary=" + "x".repeat(4000)
                            + "\r\n\r\n");
            Thread.sleep(60_000);
        });
        RecordingSink frameSink = new RecordingSink();
        RecordingSink boundarySink = new RecordingSink();
        StreamRuntime shared = quickRuntime();
        new StreamPlayer(StreamSpec.mjpeg(hugeFrame.url()), shared, frameSink).start();
        new StreamPlayer(StreamSpec.mjpeg(hugeBoundary.url()), shared, boundarySink).start();
        await(() -> frameSink.last() == StreamState.RECONNECTING, WAIT, "the huge frame refused");
        await(() -> boundarySink.last() == StreamState.RECONNECTING, WAIT, "the huge boundary refused");
        assertThat(frameSink.details).anyMatch(d -> d.contains("beyond the limit"));
        assertThat(boundarySink.details).anyMatch(d -> d.contains("absurd boundary"));
    }

    @Test
    void reconnectsAfterExponentiallyGrowingWaits() throws Exception {
        ScriptedCamera refusing = camera(
                (out, connection) -> ascii(out, "HTTP/1.1 503 Busy\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"));
        RecordingSink sink = new RecordingSink();
        StreamRuntime timed = runtime(Duration.ofSeconds(2), IntervalFunction.ofExponentialBackoff(100, 2.0, 5000));
        StreamPlayer player = new StreamPlayer(StreamSpec.mjpeg(refusing.url()), timed, sink);
        player.start();
        await(() -> refusing.requestNanos().size() >= 5, WAIT, "five attempts");
        player.stop();
        List<Long> at = refusing.requestNanos();
        long[] expected = {100, 200, 400, 800};
        for (int i = 0; i < expected.length; i++) {
            long gap = (at.get(i + 1) - at.get(i)) / 1_000_000;
            // Never sooner than the backoff; later only by scheduling delays (generous for a shared machine).
            assertThat(gap).as("wait before attempt %d", i + 2).isBetween(expected[i], expected[i] + 600);
        }
        assertThat(sink.last()).isEqualTo(StreamState.RECONNECTING);
        assertThat(player.backoffAfter(3)).isEqualTo(Duration.ofMillis(400));
    }

    @Test
    void badStreamsNeitherSlowAGoodOneNorLeaveThreadsBehind() throws Exception {
        int baseline = cameraThreads();
        StreamRuntime shared = quickRuntime();
        List<StreamPlayer> players = new ArrayList<>();
        List<ScriptedCamera.Script> bad = List.of(
                (out, c) -> Thread.sleep(60_000),
                (out, c) -> {
                    okHeaders(out);
                    part(out, FRAMES.get(c % FRAMES.size()));
                    Thread.sleep(60_000);
                },
                (out, c) -> {
                    okHeaders(out);
                    while (true) {
                        ascii(out, "x");
                        Thread.sleep(50);
                    }
                },
                (out, c) -> ascii(out, "HTTP/1.1 401 No\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"));
        for (ScriptedCamera.Script script : bad) {
            for (int copies = 0; copies < 3; copies++) {
                StreamPlayer player =
                        new StreamPlayer(StreamSpec.mjpeg(camera(script).url()), shared, new RecordingSink());
                players.add(player);
                player.start();
            }
        }
        RecordingSink good = new RecordingSink();
        StreamPlayer goodPlayer = new StreamPlayer(StreamSpec.mjpeg(demoStream(demo, onlineCamera())), shared, good);
        players.add(goodPlayer);
        goodPlayer.start();
        await(() -> good.frames.size() >= 1, WAIT, "the good stream's first frame");
        int before = good.frames.size();
        Thread.sleep(2000);
        // 10 frames a second from the demo: two seconds bring about 20 whatever the others do.
        assertThat(good.frames.size() - before).isGreaterThanOrEqualTo(14);
        assertThat(cameraThreads()).isGreaterThan(baseline);

        players.forEach(StreamPlayer::stop);
        shared.close();
        await(() -> cameraThreads() == baseline, WAIT, "the camera threads to end");
    }

    static int cameraThreads() {
        return (int) Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && t.getName().startsWith(StreamRuntime.THREAD_PREFIX))
                .count();
    }

    static String onlineCamera() {
        return "CAM-0001";
    }
}
