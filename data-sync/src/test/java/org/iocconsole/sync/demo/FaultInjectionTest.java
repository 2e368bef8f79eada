package org.iocconsole.sync.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Faults for tests of clients: statuses with Retry-After, stalls and cut bodies, consumed in order. */
class FaultInjectionTest {
    private static DemoProvince demo;

    @BeforeAll
    static void start() {
        demo = DemoTestSupport.sharedDemo();
    }

    @AfterEach
    void clear() {
        demo.faults().clear();
    }

    @Test
    void answersQueuedStatusesInOrderThenNormally() {
        demo.faults()
                .next("/api/v1/cameras", Fault.unavailable(Duration.ofSeconds(2)))
                .next("/api/v1/cameras", Fault.status(429))
                .next("/api/v1/facilities", Fault.status(500));
        assertThat(demo.faults().pendingCount()).isEqualTo(3);

        DemoTestSupport.Answer first = DemoTestSupport.get(demo.apiUrl() + "cameras");
        assertThat(first.status()).isEqualTo(503);
        assertThat(first.headers().get("Retry-After")).isEqualTo("2");
        assertThat(first.json().get("error").asText()).isEqualTo("injected_fault");
        assertThat(DemoTestSupport.get(demo.apiUrl() + "cameras").status()).isEqualTo(429);
        assertThat(DemoTestSupport.get(demo.apiUrl() + "cameras").status()).isEqualTo(200);
        assertThat(DemoTestSupport.get(demo.apiUrl() + "facilities").status()).isEqualTo(500);
        assertThat(demo.faults().pendingCount()).isZero();
    }

    @Test
    void open311FaultsUseItsErrorForm() {
        demo.faults().next("/open311/v2/requests.json", Fault.status(502));
        DemoTestSupport.Answer answer = DemoTestSupport.get(demo.open311Url() + "requests.json");
        assertThat(answer.status()).isEqualTo(502);
        assertThat(answer.json().get(0).get("code").asInt()).isEqualTo(502);
    }

    @Test
    void cutsTheBodyAfterSomeBytes() throws IOException {
        demo.faults().next("/api/v1/facilities", Fault.truncateAfter(100));
        Request request =
                new Request.Builder().url(demo.apiUrl() + "facilities").build();
        try (Response response = DemoTestSupport.CLIENT.newCall(request).execute()) {
            assertThat(response.code()).isEqualTo(200);
            assertThatThrownBy(() -> response.body().bytes()).isInstanceOf(IOException.class);
        }
        assertThat(DemoTestSupport.get(demo.apiUrl() + "facilities").status()).isEqualTo(200);
    }

    @Test
    void stallsPastTheClientsTimeout() {
        demo.faults().next("/api/v1/indicators", Fault.stall(Duration.ofMillis(1500)));
        OkHttpClient impatient = DemoTestSupport.CLIENT
                .newBuilder()
                .readTimeout(Duration.ofMillis(300))
                .build();
        Request request =
                new Request.Builder().url(demo.apiUrl() + "indicators").build();
        assertThatThrownBy(() -> impatient.newCall(request).execute().close())
                .isInstanceOf(InterruptedIOException.class);
        assertThat(DemoTestSupport.get(demo.apiUrl() + "indicators").status()).isEqualTo(200);
    }

    @Test
    void refusesPrefixesThatAreNotPaths() {
        assertThatThrownBy(() -> demo.faults().next("cameras", Fault.status(500)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Fault.status(200)).isInstanceOf(IllegalArgumentException.class);
    }
}
