package org.iocconsole.console.cameras.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iocconsole.console.cameras.stream.RecordingSink.await;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.github.resilience4j.core.IntervalFunction;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import okhttp3.OkHttpClient;
import org.iocconsole.sync.config.SourceConfig;
import org.iocconsole.sync.config.TokenRef;
import org.iocconsole.sync.config.TokenResolver;
import org.iocconsole.sync.demo.DemoOptions;
import org.iocconsole.sync.demo.DemoProvince;
import org.iocconsole.sync.demo.VirtualClock;
import org.iocconsole.sync.model.Contract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * Protected camera streams against a demo province that demands a bearer token: the token of the cameras source,
 * from an environment variable or a file, opens its streams; a wrong or missing one shows "unauthorized"; a stream
 * on another server never receives it; and no log line ever holds it.
 */
class StreamCredentialsTest {
    private static final String TOKEN = "s3cr3t-camera-token";
    private static final Duration WAIT = Duration.ofSeconds(15);
    private static DemoProvince demo;

    @TempDir
    Path dir;

    private StreamRuntime runtime;
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    private Level previousLevel;

    @BeforeAll
    static void startDemo() {
        demo = DemoProvince.start(DemoOptions.defaults()
                .withClock(VirtualClock.manual(Instant.parse("2026-11-22T01:30:00Z")))
                .withToken(TOKEN));
    }

    @AfterAll
    static void stopDemo() {
        demo.close();
    }

    @AfterEach
    void close() {
        if (runtime != null) {
            runtime.close();
        }
        root.detachAppender(logs);
        if (previousLevel != null) {
            root.setLevel(previousLevel);
        }
    }

    private void captureLogs() {
        previousLevel = root.getLevel();
        logs.start();
        root.addAppender(logs);
        root.setLevel(Level.DEBUG);
    }

    private StreamRuntime runtime() {
        runtime = new StreamRuntime(
                new OkHttpClient(),
                StreamSettings.defaults()
                        .withStallTimeout(Duration.ofSeconds(3))
                        .withBackoff(IntervalFunction.ofExponentialBackoff(
                                Duration.ofMillis(100), 2.0, Duration.ofMillis(500))));
        return runtime;
    }

    private static SourceConfig cameras(TokenRef auth) {
        SourceConfig plain = SourceConfig.of("cameras", Contract.CAMERAS, URI.create(demo.apiUrl()));
        return new SourceConfig(
                plain.id(),
                plain.contract(),
                plain.url(),
                auth,
                plain.every(),
                plain.pageSize(),
                plain.timeout(),
                plain.maxResponseMb(),
                plain.allowInsecureHttp(),
                plain.open311());
    }

    private static String stream() {
        return demo.apiUrl() + "cameras/CAM-0001/stream.mjpg?w=160&h=90";
    }

    private RecordingSink play(StreamAuth auth) {
        RecordingSink sink = new RecordingSink();
        new StreamPlayer(StreamSpec.mjpeg(stream()).withAuth(auth), runtime(), sink).start();
        return sink;
    }

    @Test
    void theSourceTokenFromTheEnvironmentOpensTheStreamAndIsNeverLogged() throws Exception {
        captureLogs();
        StreamCredentials credentials = new StreamCredentials(
                List.of(cameras(new TokenRef.FromEnv("IOC_CAMERAS_TOKEN"))),
                new TokenResolver(Map.of("IOC_CAMERAS_TOKEN", TOKEN + "\n")));

        RecordingSink sink = play(credentials);

        await(() -> sink.frames.size() >= 2, WAIT, () -> "frames with the token: " + sink.states + sink.details);
        assertThat(sink.states).doesNotContain(StreamState.UNAUTHORIZED);
        assertThat(logs.list).isNotEmpty();
        assertThat(logs.list).noneMatch(e -> e.getFormattedMessage().contains(TOKEN));
        assertThat(sink.details).noneMatch(d -> d.contains(TOKEN));
    }

    @Test
    void aTokenFileWorksToo() throws Exception {
        Path file = Files.writeString(dir.resolve("cameras.token"), TOKEN + "\n", StandardCharsets.US_ASCII);
        StreamCredentials credentials =
                new StreamCredentials(List.of(cameras(new TokenRef.FromFile(file))), new TokenResolver(Map.of()));

        RecordingSink sink = play(credentials);

        await(() -> sink.frames.size() >= 2, WAIT, "frames with the token file");
    }

    @Test
    void aWrongTokenShowsUnauthorized() throws Exception {
        StreamCredentials credentials = new StreamCredentials(
                List.of(cameras(new TokenRef.FromEnv("IOC_CAMERAS_TOKEN"))),
                new TokenResolver(Map.of("IOC_CAMERAS_TOKEN", "stale-token")));

        RecordingSink sink = play(credentials);

        await(() -> sink.last() == StreamState.UNAUTHORIZED, WAIT, "unauthorized");
        assertThat(sink.details).anyMatch(d -> d.contains("HTTP 401"));
        assertThat(sink.frames).isEmpty();
    }

    @Test
    void noCredentialsAtAllShowsUnauthorized() throws Exception {
        RecordingSink sink = play(StreamAuth.NONE);

        await(() -> sink.last() == StreamState.UNAUTHORIZED, WAIT, "unauthorized");
    }

    @Test
    void aMissingTokenShowsUnauthorizedNamingWhereItShouldComeFrom() throws Exception {
        captureLogs();
        StreamCredentials credentials = new StreamCredentials(
                List.of(cameras(new TokenRef.FromFile(dir.resolve("absent.token")))), new TokenResolver(Map.of()));

        RecordingSink sink = play(credentials);

        await(() -> sink.last() == StreamState.UNAUTHORIZED, WAIT, "unauthorized");
        assertThat(sink.details).anyMatch(d -> d.contains("absent.token") && d.contains("does not exist"));
    }

    @Test
    void aStreamOnAnotherServerNeverReceivesTheToken() throws Exception {
        try (ScriptedCamera foreign = new ScriptedCamera((out, connection) -> answer401(out))) {
            StreamCredentials credentials = new StreamCredentials(
                    List.of(cameras(new TokenRef.FromEnv("IOC_CAMERAS_TOKEN"))),
                    new TokenResolver(Map.of("IOC_CAMERAS_TOKEN", TOKEN)));
            assertThat(credentials.headers(foreign.url())).isEmpty();
            // Same host and scheme, another port: another server.
            assertThat(credentials.headers(demo.apiUrl().replaceFirst(":\\d+/", ":1/")))
                    .isEmpty();
            assertThat(credentials.headers("not a url")).isEmpty();
            assertThat(credentials.headers(stream())).containsEntry("Authorization", "Bearer " + TOKEN);

            RecordingSink sink = new RecordingSink();
            new StreamPlayer(StreamSpec.mjpeg(foreign.url()).withAuth(credentials), runtime(), sink).start();

            await(() -> sink.last() == StreamState.UNAUTHORIZED, WAIT, "unauthorized");
            assertThat(foreign.requests()).isNotEmpty();
            assertThat(foreign.requests()).noneMatch(r -> r.contains(TOKEN) || r.contains("Authorization"));
        }
    }

    @Test
    void sourcesOfOtherContractsOrWithoutAuthGiveNoToken() throws Exception {
        SourceConfig reports = SourceConfig.of("reports", Contract.FACILITIES, URI.create(demo.apiUrl()));
        StreamCredentials credentials = new StreamCredentials(
                List.of(reports, cameras(null)), new TokenResolver(Map.of("IOC_CAMERAS_TOKEN", TOKEN)));

        assertThat(credentials.headers(stream())).isEmpty();
    }

    private static void answer401(OutputStream out) throws java.io.IOException {
        out.write(("HTTP/1.1 401 Unauthorized\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }
}
