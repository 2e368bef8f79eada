package org.iocconsole.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.image.Image;
import org.iocconsole.console.cameras.stream.JpegCheck;
import org.iocconsole.console.cameras.stream.MjpegParser;
import org.iocconsole.console.cameras.stream.PartHeader;
import org.iocconsole.console.cameras.stream.PartLimits;

/**
 * Our cost per frame (multipart parsing, the whole-JPEG check and JavaFX decoding, on one thread, CPU time) against
 * ffmpeg's ({@code ffmpeg -f mjpeg -i FILE -f null -}, its own user and system time, less that of a one-frame run so
 * that starting ffmpeg does not count) over the same frames.
 */
final class DecodeComparison {
    private static final int FRAMES = 600;
    private static final Pattern BENCH = Pattern.compile("utime=([0-9.]+)s stime=([0-9.]+)s");

    private DecodeComparison() {}

    static void run(List<byte[]> frames, Results results) throws Exception {
        byte[] multipart = multipart(frames, FRAMES);
        ours(multipart); // warm-up: the JIT and the decoder's native library
        double oursPerFrame = ours(multipart) / (double) FRAMES;
        results.report("decode_us_per_frame", oursPerFrame / 1000);
        Path dir = Files.createTempDirectory("camera-bench");
        try {
            Path all = dir.resolve("all.mjpeg");
            Path one = dir.resolve("one.mjpeg");
            Files.write(all, concatenated(frames, FRAMES));
            Files.write(one, concatenated(frames, 1));
            Double full = ffmpegCpuNanos(all);
            Double single = ffmpegCpuNanos(one);
            if (full == null || single == null) {
                results.note("ffmpeg is not installed: no ratio_to_ffmpeg");
                return;
            }
            double ffmpegPerFrame = (full - single) / (FRAMES - 1);
            results.report("ffmpeg_us_per_frame", ffmpegPerFrame / 1000);
            results.report("ratio_to_ffmpeg", oursPerFrame / ffmpegPerFrame);
        } finally {
            try (var files = Files.list(dir)) {
                for (Path file : (Iterable<Path>) files::iterator) {
                    Files.deleteIfExists(file);
                }
            }
            Files.deleteIfExists(dir);
        }
    }

    /** CPU nanoseconds of this thread to parse and decode every part. */
    private static long ours(byte[] multipart) throws IOException {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long start = mx.getCurrentThreadCpuTime();
        MjpegParser parser = new MjpegParser(new ByteArrayInputStream(multipart), "f", PartLimits.defaults());
        int decoded = 0;
        for (PartHeader header = parser.next(); header != null; header = parser.next()) {
            byte[] jpeg = parser.body(header);
            if (JpegCheck.looksComplete(jpeg) && !new Image(new ByteArrayInputStream(jpeg)).isError()) {
                decoded++;
            }
        }
        if (decoded != FRAMES) {
            throw new IllegalStateException("decoded " + decoded + " of " + FRAMES + " frames");
        }
        return mx.getCurrentThreadCpuTime() - start;
    }

    /** ffmpeg's user plus system time decoding the file, in nanoseconds, or null without ffmpeg. */
    private static Double ffmpegCpuNanos(Path file) throws InterruptedException {
        try {
            Process process = new ProcessBuilder(
                            "ffmpeg",
                            "-hide_banner",
                            "-nostdin",
                            "-benchmark",
                            "-f",
                            "mjpeg",
                            "-i",
                            file.toString(),
                            "-f",
                            "null",
                            "-")
                    .redirectErrorStream(true)
                    .start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                return null;
            }
            Matcher matcher = BENCH.matcher(output);
            if (!matcher.find()) {
                return null;
            }
            return (Double.parseDouble(matcher.group(1)) + Double.parseDouble(matcher.group(2))) * 1e9;
        } catch (IOException e) {
            return null;
        }
    }

    private static byte[] multipart(List<byte[]> frames, int count) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < count; i++) {
            byte[] jpeg = frames.get(i % frames.size());
            out.writeBytes(("--f\r\nContent-Type: image/jpeg\r\nContent-Length: " + jpeg.length + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.writeBytes(jpeg);
            out.writeBytes(new byte[] {'\r', '\n'});
        }
        return out.toByteArray();
    }

    private static byte[] concatenated(List<byte[]> frames, int count) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < count; i++) {
            out.writeBytes(frames.get(i % frames.size()));
        }
        return out.toByteArray();
    }
}
