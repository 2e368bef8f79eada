package org.iocconsole.sync.demo;

import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;

/** Draws the placeholder photo attached to a report: a scene tinted by its category, with its id and time. */
final class PhotoRenderer {
    static final int WIDTH = 640;
    static final int HEIGHT = 480;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    private PhotoRenderer() {}

    /** Thread-safe: each call draws its own image. Deterministic for a report. */
    static byte[] render(Report report, long seed) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            SplittableRandom random = DemoRandom.of(seed, "photo", report.id);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            float hue = Math.floorMod(report.service.code().hashCode(), 360) / 360f;
            g.setPaint(new GradientPaint(
                    0, 0, Color.getHSBColor(hue, 0.35f, 0.95f), 0, HEIGHT, Color.getHSBColor(hue, 0.55f, 0.45f)));
            g.fillRect(0, 0, WIDTH, HEIGHT);
            for (int i = 0; i < 14; i++) {
                g.setColor(Color.getHSBColor(hue + random.nextFloat() * 0.1f, 0.4f, 0.3f + random.nextFloat() * 0.5f));
                int w = 40 + random.nextInt(160);
                int h = 30 + random.nextInt(140);
                g.fillRoundRect(random.nextInt(WIDTH), 120 + random.nextInt(HEIGHT - 160), w, h, 12, 12);
            }
            g.setColor(new Color(0, 0, 0, 150));
            g.fillRect(0, HEIGHT - 90, WIDTH, 90);
            g.setColor(Color.WHITE);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 22));
            JpegEncoder.text(g, report.service.name(), 16, HEIGHT - 58);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 16));
            JpegEncoder.text(g, report.id + " · " + TIME.format(report.requestedAt.atZone(Json.VN)), 16, HEIGHT - 32);
            JpegEncoder.text(g, "Ảnh minh họa (DEMO)", 16, HEIGHT - 10);
        } finally {
            g.dispose();
        }
        return JpegEncoder.encode(image, 0.8f);
    }
}
