package org.iocconsole.console.cameras.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The parser against streams written by ffmpeg's multipart muxer, an encoder we did not write. Skipped where ffmpeg
 * is not installed (CI installs it).
 */
class FfmpegStreamTest {
    @TempDir
    Path dir;

    /** Whether an {@code ffmpeg} command runs here. */
    static boolean ffmpegPresent() {
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

    /** Runs ffmpeg with these arguments (after the quiet flags) and fails on a non-zero exit. */
    static void ffmpeg(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("ffmpeg", "-hide_banner", "-loglevel", "error", "-y"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
    }

    @Test
    void readsEveryFrameOfAnFfmpegMultipartStream() throws Exception {
        assumeTrue(ffmpegPresent(), "ffmpeg is not installed");
        Path file = dir.resolve("test.mjpg");
        ffmpeg(
                "-f",
                "lavfi",
                "-i",
                "testsrc=size=320x180:rate=10",
                "-frames:v",
                "25",
                "-q:v",
                "5",
                "-f",
                "mpjpeg",
                file.toString());
        List<BufferedImage> frames = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file)) {
            // ffmpeg's mpjpeg muxer names its boundary "ffmpeg" in the Content-Type it would send.
            MjpegParser parser = new MjpegParser(in, "ffmpeg", PartLimits.defaults());
            for (PartHeader header = parser.next(); header != null; header = parser.next()) {
                byte[] jpeg = parser.body(header);
                assertThat(JpegCheck.looksComplete(jpeg)).isTrue();
                frames.add(ImageIO.read(new ByteArrayInputStream(jpeg)));
            }
        }
        assertThat(frames).hasSize(25).allSatisfy(frame -> {
            assertThat(frame.getWidth()).isEqualTo(320);
            assertThat(frame.getHeight()).isEqualTo(180);
        });
    }

    @Test
    void skipsFramesOfAnFfmpegStreamWithoutLosingItsPlace() throws Exception {
        assumeTrue(ffmpegPresent(), "ffmpeg is not installed");
        Path file = dir.resolve("skip.mjpg");
        ffmpeg("-f", "lavfi", "-i", "testsrc=size=640x360:rate=10", "-frames:v", "30", "-f", "mpjpeg", file.toString());
        int kept = 0;
        int skipped = 0;
        try (InputStream in = Files.newInputStream(file)) {
            MjpegParser parser = new MjpegParser(in, "ffmpeg", PartLimits.defaults());
            int index = 0;
            for (PartHeader header = parser.next(); header != null; header = parser.next(), index++) {
                if (index % 3 == 0) {
                    assertThat(JpegCheck.looksComplete(parser.body(header))).isTrue();
                    kept++;
                } else {
                    parser.skip(header);
                    skipped++;
                }
            }
        }
        assertThat(kept).isEqualTo(10);
        assertThat(skipped).isEqualTo(20);
    }
}
