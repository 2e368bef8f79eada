package org.iocconsole.console.cameras.wall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.net.httpserver.HttpServer;
import io.github.resilience4j.core.IntervalFunction;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.scene.media.MediaView;
import javafx.stage.Stage;
import org.iocconsole.console.cameras.stream.StreamState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * HLS cameras through JavaFX's media player against a real HTTP Live Stream: H.264 segments written by ffmpeg in the
 * test and served on loopback. The stream has no audio track: JavaFX's media engine opens the system's default sound
 * device for any stream with audio, even muted, and a machine without one (a headless CI box, many wall PCs) halts
 * such a stream with "Could not open audio device for playback". Skipped where ffmpeg is not installed.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class HlsPlaybackTest {
    private static final IntervalFunction QUICK = IntervalFunction.of(Duration.ofMillis(300));

    @TempDir
    static Path segments;

    private static boolean ffmpeg;

    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final List<StreamState> states = new CopyOnWriteArrayList<>();
    private HttpServer server;
    private MediaView view;
    private HlsPlayback playback;

    @BeforeAll
    static void writeStream() throws Exception {
        ffmpeg = ffmpegPresent();
        if (ffmpeg) {
            run(
                    "ffmpeg",
                    "-hide_banner",
                    "-loglevel",
                    "error",
                    "-y",
                    "-f",
                    "lavfi",
                    "-i",
                    "testsrc=size=320x180:rate=10",
                    "-t",
                    "4",
                    "-an",
                    "-c:v",
                    "libx264",
                    "-profile:v",
                    "baseline",
                    "-pix_fmt",
                    "yuv420p",
                    "-g",
                    "10",
                    "-f",
                    "hls",
                    "-hls_time",
                    "1",
                    "-hls_list_size",
                    "0",
                    "-hls_playlist_type",
                    "vod",
                    "-hls_segment_filename",
                    segments.resolve("cam%d.ts").toString(),
                    segments.resolve("cam.m3u8").toString());
        }
        Files.writeString(segments.resolve("garbage.m3u8"), "<html>login required</html>", StandardCharsets.UTF_8);
        Files.write(segments.resolve("junk.m3u8"), new byte[] {0, 1, 2, 3, (byte) 0xff, (byte) 0xfe});
    }

    @Start
    void start(Stage stage) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            String name = exchange.getRequestURI().getPath().substring(1);
            requests.add(exchange.getRequestMethod() + " " + name);
            Path file = segments.resolve(name).normalize();
            if (!file.startsWith(segments) || !Files.isRegularFile(file)) {
                exchange.sendResponseHeaders(404, -1);
                exchange.close();
                return;
            }
            byte[] body = Files.readAllBytes(file);
            exchange.getResponseHeaders()
                    .set("Content-Type", name.endsWith(".m3u8") ? "application/vnd.apple.mpegurl" : "video/MP2T");
            boolean head = "HEAD".equals(exchange.getRequestMethod());
            exchange.sendResponseHeaders(200, head ? -1 : body.length);
            if (!head) {
                exchange.getResponseBody().write(body);
            }
            exchange.close();
        });
        server.start();
        view = new MediaView();
        stage.setScene(new Scene(new StackPane(view), 320, 180));
        stage.show();
    }

    @AfterEach
    void stop(FxRobot robot) {
        if (playback != null) {
            robot.interact(playback::stop);
        }
        server.stop(0);
    }

    private String url(String name) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + name;
    }

    private void play(FxRobot robot, String name) {
        robot.interact(() -> {
            playback = new HlsPlayback(url(name), view, states::add, QUICK);
            playback.start();
        });
    }

    private long playlistRequests(String name) {
        return requests.stream().filter(r -> r.endsWith(" " + name)).count();
    }

    @Test
    void playsARealHlsStreamAndStartsOverAtItsEnd(FxRobot robot) throws Exception {
        assumeTrue(ffmpeg, "ffmpeg is not installed");
        play(robot, "cam.m3u8");

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> states.contains(StreamState.LIVE));
        assertThat(states.get(0)).isEqualTo(StreamState.CONNECTING);
        assertThat(requests).contains("GET cam.m3u8", "GET cam0.ts");
        assertThat(view.getMediaPlayer()).isNotNull();
        assertThat(view.getMediaPlayer().isMute()).isTrue();

        // A recording ends: the tile says so and the player opens the playlist again after the backoff.
        WaitForAsyncUtils.waitFor(
                20,
                TimeUnit.SECONDS,
                () -> states.lastIndexOf(StreamState.LIVE) > states.indexOf(StreamState.RECONNECTING)
                        && states.contains(StreamState.RECONNECTING));
        assertThat(playlistRequests("cam.m3u8")).isGreaterThanOrEqualTo(2);
    }

    @Test
    void aMissingPlaylistIsRetriedWithBackoff(FxRobot robot) throws Exception {
        play(robot, "absent.m3u8");

        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> states.contains(StreamState.RECONNECTING));
        long firstAttempt = playlistRequests("absent.m3u8");
        assertThat(firstAttempt).isPositive();
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> playlistRequests("absent.m3u8") > firstAttempt);
        assertThat(states).startsWith(StreamState.CONNECTING).doesNotContain(StreamState.LIVE);
    }

    @Test
    void aPlaylistThatIsNotOneNeverShowsLive(FxRobot robot) throws Exception {
        for (String name : List.of("garbage.m3u8", "junk.m3u8")) {
            states.clear();
            play(robot, name);
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> states.contains(StreamState.RECONNECTING));
            assertThat(states).doesNotContain(StreamState.LIVE);
            assertThat(playlistRequests(name)).isPositive();
            robot.interact(playback::stop);
        }
    }

    @Test
    void stoppingEndsThePlayerAndItsRequests(FxRobot robot) throws Exception {
        play(robot, "absent.m3u8");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> states.contains(StreamState.RECONNECTING));

        robot.interact(playback::stop);
        List<StreamState> seen = new ArrayList<>(states);
        // A request the media engine had already begun may still arrive; nothing starts after it.
        Thread.sleep(1000);
        long settled = playlistRequests("absent.m3u8");
        Thread.sleep(1500);

        assertThat(view.getMediaPlayer()).isNull();
        assertThat(playlistRequests("absent.m3u8")).isEqualTo(settled);
        assertThat(states).isEqualTo(seen);
    }

    private static boolean ffmpegPresent() {
        try {
            Process process = new ProcessBuilder("ffmpeg", "-version")
                    .redirectErrorStream(true)
                    .start();
            process.getInputStream().readAllBytes();
            return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
    }
}
