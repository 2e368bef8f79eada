package org.iocconsole.sync.demo;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** JPEG encoding and text drawing for the demo's pictures; safe on machines without fonts. */
final class JpegEncoder {
    private static final Logger LOG = LoggerFactory.getLogger(JpegEncoder.class);
    private static final boolean TEXT = textWorks();

    private JpegEncoder() {}

    static byte[] encode(BufferedImage image, float quality) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(32 * 1024);
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException("JPEG encoding failed", e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    /** Draws text when the machine can; a JRE without any font still gets pictures, only without words. */
    static void text(Graphics2D g, String text, int x, int y) {
        if (TEXT) {
            g.drawString(text, x, y);
        }
    }

    private static boolean textWorks() {
        try {
            BufferedImage probe = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = probe.createGraphics();
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
            g.drawString("Ảnh", 0, 8);
            g.dispose();
            return true;
        } catch (RuntimeException | Error e) {
            // A headless JRE without fontconfig fonts fails here with an Error; pictures then carry no text.
            LOG.warn("no usable font, demo pictures will carry no text: {}", e.toString());
            return false;
        }
    }
}
