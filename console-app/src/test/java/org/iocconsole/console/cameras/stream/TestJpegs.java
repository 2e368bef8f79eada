package org.iocconsole.console.cameras.stream;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** Small real JPEGs for the stream tests. */
final class TestJpegs {
    private TestJpegs() {}

    /** A 64×36 picture whose colour depends on {@code n}. */
    static byte[] frame(int n) {
        BufferedImage image = new BufferedImage(64, 36, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color((n * 40) % 256, 120, 200));
        g.fillRect(0, 0, 64, 36);
        g.setColor(Color.WHITE);
        g.fillRect(n % 60, 10, 4, 16);
        g.dispose();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpeg", bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
