package org.iocconsole.bench;

import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Camera-like JPEG frames for the camera benchmark, drawn once before it runs: a street scene with moving blocks and
 * a grain that keeps the JPEGs as large as a real camera's (about 40 KB at 640×360, quality 0.8).
 */
final class CameraFrames {
    private CameraFrames() {}

    static List<byte[]> render(int count, int width, int height) {
        List<byte[]> frames = new ArrayList<>(count);
        SplittableRandom random = new SplittableRandom(7);
        BufferedImage grain = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                grain.setRGB(x, y, (random.nextInt(40) << 24) | (random.nextInt(0xffffff)));
            }
        }
        for (int i = 0; i < count; i++) {
            BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setPaint(new GradientPaint(0, 0, new Color(90, 140, 200), 0, height / 2f, new Color(180, 200, 230)));
            g.fillRect(0, 0, width, height / 2);
            g.setColor(new Color(70, 70, 76));
            g.fillRect(0, height / 2, width, height / 2);
            for (int car = 0; car < 6; car++) {
                int x = (i * (4 + car) * 3 + car * 97) % (width + 80) - 80;
                g.setColor(Color.getHSBColor(car / 6f, 0.7f, 0.9f));
                g.fillRoundRect(x, height / 2 + 20 + car * 22, 80, 18, 8, 8);
            }
            g.drawImage(grain, 0, 0, null);
            g.setColor(Color.WHITE);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 18));
            g.drawString("BENCH CAMERA · frame " + i, 12, 24);
            g.dispose();
            frames.add(encode(image));
        }
        return frames;
    }

    private static byte[] encode(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.8f);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
