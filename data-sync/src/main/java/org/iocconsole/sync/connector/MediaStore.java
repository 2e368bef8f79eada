package org.iocconsole.sync.connector;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Photos of citizen reports ({@code media_url}) kept on disk, so a report seen once shows its photo offline too. A
 * photo is fetched once, checked to be an image of at most {@link #MAX_BYTES}, and stored under the hash of its URL.
 * Thread-safe; blocking, call off the FX thread.
 */
public final class MediaStore {
    /** Larger answers are refused: a report's photo, not a video. */
    public static final long MAX_BYTES = 15L * 1024 * 1024;

    private final OkHttpClient http;
    private final Path dir;

    public MediaStore(OkHttpClient http, Path dir) {
        this.http = http;
        this.dir = dir;
    }

    /**
     * The photo's file, fetched first when it is not on disk yet.
     *
     * @throws IOException with a message for the operator when it cannot be fetched (offline and never seen, not
     *     found, not an image, too large)
     */
    public Path fetch(String url) throws IOException {
        HttpUrl parsed = url == null ? null : HttpUrl.parse(url);
        if (parsed == null) {
            throw new IOException("not an http(s) address: " + url);
        }
        Path file = dir.resolve(hash(url));
        if (Files.isRegularFile(file)) {
            return file;
        }
        Files.createDirectories(dir);
        Request request = new Request.Builder().url(parsed).build();
        try (Response response = http.newCall(request).execute()) {
            if (!response.isSuccessful()) {
                throw new IOException("HTTP " + response.code());
            }
            String type = response.header("Content-Type", "");
            if (!type.startsWith("image/")) {
                throw new IOException("not an image (" + type + ")");
            }
            Path partial = Files.createTempFile(dir, "media", ".part");
            try (InputStream body = new BoundedInputStream(response.body().byteStream(), MAX_BYTES)) {
                Files.copy(body, partial, StandardCopyOption.REPLACE_EXISTING);
                Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(partial);
            }
            return file;
        }
    }

    private static String hash(String url) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(url.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
