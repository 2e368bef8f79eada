package org.iocconsole.sync.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.Set;
import java.util.stream.Collectors;
import okhttp3.Request;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Start-up time, the bearer token, and a close that leaves no thread or port behind. */
class ServerLifecycleTest {
    private static final Logger LOG = LoggerFactory.getLogger(ServerLifecycleTest.class);

    private static Set<Thread> demoThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t ->
                        t.getName().startsWith("demo-province-") || t.getName().startsWith("HTTP-Dispatcher"))
                .collect(Collectors.toSet());
    }

    @Test
    void startsQuicklyAndLeavesNothingBehind() throws Exception {
        Set<Thread> before = demoThreads();
        long started = System.nanoTime();
        DemoProvince demo = DemoTestSupport.startManual(5, "19");
        Duration start = Duration.ofNanos(System.nanoTime() - started);
        demo.awaitReady();
        Duration ready = Duration.ofNanos(System.nanoTime() - started);
        LOG.info("start() took {} ms, everything generated after {} ms", start.toMillis(), ready.toMillis());
        assertThat(start).isLessThan(Duration.ofSeconds(5));
        assertThat(ready).isLessThan(Duration.ofSeconds(30));

        DemoTestSupport.get(demo.apiUrl() + "cameras");
        int port = demo.port();
        demo.close();
        demo.close();

        CameraStreamTest.awaitTrue(() -> before.containsAll(demoThreads()), Duration.ofSeconds(3));
        assertThatThrownBy(() -> new Socket(InetAddress.getLoopbackAddress(), port).close())
                .isInstanceOf(IOException.class);
    }

    @Test
    void aTokenGuardsEverythingButHealth() {
        try (DemoProvince demo = DemoProvince.start(
                DemoOptions.defaults().withToken("s3cret").withClock(VirtualClock.manual(DemoTestSupport.ANCHOR)))) {
            DemoTestSupport.Answer missing = DemoTestSupport.get(demo.apiUrl() + "cameras");
            assertThat(missing.status()).isEqualTo(401);
            assertThat(missing.json().get("error").asText()).isEqualTo("unauthorized");
            assertThat(DemoTestSupport.get(demo.open311Url() + "services.json")
                            .json()
                            .get(0)
                            .get("code")
                            .asInt())
                    .isEqualTo(401);
            assertThat(DemoTestSupport.call(new Request.Builder()
                                    .url(demo.apiUrl() + "cameras")
                                    .header("Authorization", "Bearer wrong")
                                    .build())
                            .status())
                    .isEqualTo(401);
            assertThat(DemoTestSupport.call(new Request.Builder()
                                    .url(demo.apiUrl() + "cameras")
                                    .header("Authorization", "Bearer s3cret")
                                    .build())
                            .status())
                    .isEqualTo(200);
            assertThat(DemoTestSupport.get(demo.apiUrl() + "health").status()).isEqualTo(200);
        }
    }

    @Test
    void refusesOptionsItCannotServe() {
        assertThatThrownBy(() -> DemoOptions.defaults().withProvince("01"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DemoOptions.defaults()
                        .withClock(VirtualClock.manual(DemoOptions.EARLIEST_ANCHOR.minusSeconds(1))))
                .isInstanceOf(IllegalArgumentException.class);
        DemoOptions parsed = DemoProvinceMain.parse(
                new String[] {"--port", "0", "--seed", "7", "--province", "48", "--speed", "60"});
        assertThat(parsed.seed()).isEqualTo(7);
        assertThat(parsed.province()).isEqualTo("48");
        assertThat(parsed.clock().speed()).isEqualTo(60);
        assertThatThrownBy(() -> DemoProvinceMain.parse(new String[] {"--seed", "x"}))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
