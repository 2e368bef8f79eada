package org.iocconsole.sync.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import javax.imageio.ImageIO;
import okhttp3.Request;
import okhttp3.Response;
import okio.BufferedSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Real MJPEG streams of drawn frames, snapshots, and streams that end when their client or the demo goes. */
class CameraStreamTest {
    private static DemoProvince demo;
    private static List<JsonNode> cameras;

    @BeforeAll
    static void start() {
        demo = DemoTestSupport.sharedDemo();
        cameras = DemoTestSupport.readFeed(demo.apiUrl() + "cameras", 2000);
    }

    private static JsonNode camera(boolean online) {
        return cameras.stream()
                .filter(c -> c.get("status").asText().equals("online") == online)
                .findFirst()
                .orElseThrow();
    }

    /** Reads one multipart part: boundary line, headers with Content-Length, the JPEG, CRLF. */
    static BufferedImage readPart(BufferedSource source, String boundary) throws IOException {
        String line = source.readUtf8LineStrict();
        while (line.isEmpty()) {
            line = source.readUtf8LineStrict();
        }
        assertThat(line).isEqualTo("--" + boundary);
        long length = -1;
        String contentType = null;
        for (String header = source.readUtf8LineStrict(); !header.isEmpty(); header = source.readUtf8LineStrict()) {
            String[] parts = header.split(":\\s*", 2);
            if (parts[0].equalsIgnoreCase("Content-Length")) {
                length = Long.parseLong(parts[1].trim());
            } else if (parts[0].equalsIgnoreCase("Content-Type")) {
                contentType = parts[1].trim();
            }
        }
        assertThat(contentType).isEqualTo("image/jpeg");
        assertThat(length).isPositive();
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(source.readByteArray(length)));
        assertThat(source.readUtf8LineStrict()).isEmpty();
        return image;
    }

    @Test
    void streamsDecodableFramesThatChangeAndStopsWhenTheClientLeaves() throws Exception {
        String url = demo.apiUrl() + camera(true).get("stream_url").asText() + "?fps=20&w=320&h=180";
        List<BufferedImage> frames = new ArrayList<>();
        try (Response response = DemoTestSupport.CLIENT
                .newCall(new Request.Builder().url(url).build())
                .execute()) {
            assertThat(response.code()).isEqualTo(200);
            String type = response.header("Content-Type");
            assertThat(type).startsWith("multipart/x-mixed-replace; boundary=");
            String boundary = type.substring(type.indexOf("boundary=") + "boundary=".length());
            for (int i = 0; i < 4; i++) {
                frames.add(readPart(response.body().source(), boundary));
            }
            assertThat(demo.activeStreams()).isEqualTo(1);
        }
        assertThat(frames).allSatisfy(f -> {
            assertThat(f.getWidth()).isEqualTo(320);
            assertThat(f.getHeight()).isEqualTo(180);
        });
        assertThat(differentPixels(frames.get(0), frames.get(3))).isGreaterThan(100);
        awaitTrue(() -> demo.activeStreams() == 0, Duration.ofSeconds(3));
    }

    @Test
    void snapshotsAreJpegsOfTheDefaultSize() throws Exception {
        DemoTestSupport.Answer snapshot = DemoTestSupport.get(
                demo.apiUrl() + camera(true).get("snapshot_url").asText());
        assertThat(snapshot.status()).isEqualTo(200);
        assertThat(snapshot.headers().get("Content-Type")).isEqualTo("image/jpeg");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(snapshot.body()));
        assertThat(image.getWidth()).isEqualTo(640);
        assertThat(image.getHeight()).isEqualTo(360);
    }

    @Test
    void camerasOutOfServiceAndBadRequestsAreRefused() {
        JsonNode offline = camera(false);
        assertThat(DemoTestSupport.get(demo.apiUrl() + offline.get("stream_url").asText())
                        .status())
                .isEqualTo(503);
        assertThat(DemoTestSupport.get(
                                demo.apiUrl() + offline.get("snapshot_url").asText())
                        .status())
                .isEqualTo(503);
        String online = demo.apiUrl() + camera(true).get("stream_url").asText();
        assertThat(DemoTestSupport.get(online + "?fps=500").status()).isEqualTo(400);
        assertThat(DemoTestSupport.get(online + "?w=10").status()).isEqualTo(400);
        assertThat(DemoTestSupport.get(demo.apiUrl() + "cameras/CAM-9999/stream.mjpg")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void closingTheDemoEndsItsStreamsPromptly() throws Exception {
        DemoProvince own = DemoTestSupport.startManual(3, "19");
        String url = own.apiUrl() + "cameras/CAM-0001/stream.mjpg?fps=5";
        try (Response response = DemoTestSupport.CLIENT
                .newCall(new Request.Builder().url(url).build())
                .execute()) {
            String type = response.header("Content-Type");
            BufferedSource source = response.body().source();
            readPart(source, type.substring(type.indexOf("boundary=") + "boundary=".length()));
            long started = System.nanoTime();
            own.close();
            assertThatThrownBy(() -> {
                        while (true) {
                            source.readByteArray(1);
                        }
                    })
                    .isInstanceOf(IOException.class);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
        }
        awaitTrue(() -> own.activeStreams() == 0, Duration.ofSeconds(3));
    }

    private static int differentPixels(BufferedImage a, BufferedImage b) {
        int count = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                if (Math.abs((a.getRGB(x, y) & 0xff) - (b.getRGB(x, y) & 0xff)) > 40) {
                    count++;
                }
            }
        }
        return count;
    }

    static void awaitTrue(BooleanSupplier condition, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited %s", timeout).isLessThan(deadline);
            Thread.sleep(20);
        }
    }
}
