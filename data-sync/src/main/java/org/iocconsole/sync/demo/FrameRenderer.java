package org.iocconsole.sync.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/**
 * Draws the frames of a demo camera: a road with moving vehicles, the camera's name and the virtual time. One
 * renderer per stream; not thread-safe.
 */
final class FrameRenderer {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");

    private final DemoCamera camera;
    private final BufferedImage image;
    private final int width;
    private final int height;
    private final Color sky;

    FrameRenderer(DemoCamera camera, int width, int height) {
        this.camera = camera;
        this.width = width;
        this.height = height;
        this.image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        int hue = Math.floorMod(camera.id.hashCode(), 60);
        this.sky = new Color(90 + hue, 140 + hue / 2, 200);
    }

    /** Frame {@code frame} of the stream, stamped with virtual time {@code at}. */
    byte[] render(long frame, Instant at) {
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            int horizon = height * 2 / 5;
            g.setPaint(new GradientPaint(0, 0, sky, 0, horizon, sky.brighter()));
            g.fillRect(0, 0, width, horizon);
            g.setColor(new Color(70, 110, 60));
            g.fillRect(0, horizon, width, height - horizon);
            g.setColor(new Color(60, 60, 66));
            g.fillRect(0, horizon + height / 10, width, height / 3);
            g.setColor(Color.WHITE);
            g.setStroke(new BasicStroke(
                    Math.max(1f, height / 120f),
                    BasicStroke.CAP_BUTT,
                    BasicStroke.JOIN_MITER,
                    10f,
                    new float[] {width / 24f, width / 32f},
                    (frame * 6) % (width / 14f)));
            int laneY = horizon + height / 10 + height / 6;
            g.drawLine(0, laneY, width, laneY);
            drawVehicles(g, frame, horizon + height / 10, height / 3);
            drawLabels(g, at);
        } finally {
            g.dispose();
        }
        return JpegEncoder.encode(image, 0.7f);
    }

    private void drawVehicles(Graphics2D g, long frame, int roadTop, int roadHeight) {
        int seed = Math.floorMod(camera.id.hashCode(), 1000);
        for (int i = 0; i < 5; i++) {
            boolean eastbound = i % 2 == 0;
            int speed = 3 + (seed + i * 7) % 6;
            int length = width / 12 + (i % 3) * width / 40;
            int span = width + length;
            int travelled = (int) ((frame * speed + (seed * (i + 3)) % span) % span);
            int x = eastbound ? travelled - length : width - travelled;
            int y = roadTop + (eastbound ? roadHeight / 2 + roadHeight / 10 : roadHeight / 10) + (i % 3) * 3;
            g.setColor(Color.getHSBColor(((seed + i * 97) % 360) / 360f, 0.6f, 0.9f));
            g.fillRoundRect(x, y, length, roadHeight / 4, 8, 8);
            g.setColor(Color.DARK_GRAY);
            g.fillRect(x + length / 6, y + roadHeight / 4 - 3, length / 6, 4);
            g.fillRect(x + length * 2 / 3, y + roadHeight / 4 - 3, length / 6, 4);
        }
    }

    private void drawLabels(Graphics2D g, Instant at) {
        int size = Math.max(10, height / 22);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, size));
        g.setColor(new Color(0, 0, 0, 140));
        g.fillRect(0, 0, width, size * 2);
        g.fillRect(0, height - size * 2, width, size * 2);
        g.setColor(Color.WHITE);
        JpegEncoder.text(g, camera.name, size / 2, size * 3 / 2 - 2);
        JpegEncoder.text(g, TIME.format(at.atZone(Json.VN)), size / 2, height - size / 2 - 2);
        g.setColor(new Color(255, 210, 0));
        JpegEncoder.text(g, camera.id + " · DEMO", width - size * 9, height - size / 2 - 2);
    }
}
