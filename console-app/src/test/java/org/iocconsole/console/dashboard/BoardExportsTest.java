package org.iocconsole.console.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BoardExportsTest {
    @TempDir
    Path dir;

    @Test
    void thePngHoldsTheSnapshotsPixels() throws Exception {
        int[] pixels = {0xFFFF0000, 0xFF00FF00, 0xFF0000FF, 0x80FFFFFF, 0xFF000000, 0xFF123456};

        Path file = BoardExports.writePng(dir.resolve("board.png"), 3, 2, pixels);

        BufferedImage read = ImageIO.read(file.toFile());
        assertThat(read.getWidth()).isEqualTo(3);
        assertThat(read.getHeight()).isEqualTo(2);
        assertThat(read.getRGB(1, 0)).isEqualTo(0xFF00FF00);
        assertThat(read.getRGB(2, 1)).isEqualTo(0xFF123456);
    }
}
