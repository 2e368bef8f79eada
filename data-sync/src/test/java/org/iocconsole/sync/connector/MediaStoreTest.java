package org.iocconsole.sync.connector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import mockwebserver3.MockResponse;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MediaStoreTest {
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 1, 2, 3, 4};

    @TempDir
    Path dir;

    private final ConnectorFixture http = new ConnectorFixture();

    @AfterEach
    void close() {
        http.close();
    }

    @Test
    void aPhotoSeenOnceIsThereOffline() throws Exception {
        http.enqueue(new MockResponse.Builder()
                .code(200)
                .setHeader("Content-Type", "image/jpeg")
                .body(new Buffer().write(JPEG))
                .build());
        MediaStore store = new MediaStore(http.shared, dir);
        String url = http.url("/media/reports/TN-1.jpg").toString();

        Path first = store.fetch(url);
        http.server.close();
        Path again = store.fetch(url);

        assertThat(Files.readAllBytes(first)).isEqualTo(JPEG);
        assertThat(again).isEqualTo(first);
        assertThat(http.server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void whatIsNotAPhotoIsRefusedWithAReason() throws Exception {
        http.enqueue(404, "[{\"code\": 404, \"description\": \"Không tìm thấy\"}]");
        http.enqueue(new MockResponse.Builder()
                .code(200)
                .setHeader("Content-Type", "text/html")
                .body("<html><script>alert(1)</script></html>")
                .build());
        MediaStore store = new MediaStore(http.shared, dir);

        assertThatThrownBy(() -> store.fetch(http.url("/media/missing.jpg").toString()))
                .hasMessage("HTTP 404");
        assertThatThrownBy(() -> store.fetch(http.url("/media/page.jpg").toString()))
                .hasMessageStartingWith("not an image");
        assertThatThrownBy(() -> store.fetch("file:///etc/passwd")).hasMessageStartingWith("not an http(s) address");
        try (var files = Files.list(dir)) {
            assertThat(files).as("nothing kept of a refused answer").isEmpty();
        }
    }
}
