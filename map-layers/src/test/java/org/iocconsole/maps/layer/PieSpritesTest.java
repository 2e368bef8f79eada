package org.iocconsole.maps.layer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

/** Cluster pies as images: each category's share in its colour, the count in the middle, kept while they are shown. */
class PieSpritesTest {
    private static final Color RED = new Color(0xe03131);
    private static final Color BLUE = new Color(0x1c7ed6);
    private static final Color GREEN = new Color(0x2f9e44);
    private final PieSprites sprites = new PieSprites(new Color[] {RED, BLUE, GREEN});

    @Test
    void sharesAreWholeDegreesThatAddUpToTheCircle() {
        long thirds = PieSprites.shares(3, new int[] {1, 1, 1});
        assertThat(degrees(thirds)).containsExactly(120, 120, 120);
        // 1/7 of 360 is 51.4: rounding each share alone would leave 359 degrees.
        long sevenths = PieSprites.shares(7, new int[] {1, 2, 4});
        assertThat(degrees(sevenths)).containsExactly(51, 103, 206);
        assertThat(PieSprites.shares(10, new int[] {10, 0, 0})).isEqualTo(360);
    }

    @Test
    void eachCategoryFillsItsShareCounterclockwiseFromTheTop() {
        // Three quarters red from 12 o'clock round by 9 and 6 to 3 o'clock, the last quarter green.
        BufferedImage pie = sprites.sprite(40, PieSprites.shares(40, new int[] {30, 0, 10}), 1);
        double r = ClusterLayer.radius(40);
        int c = pie.getWidth() / 2;
        // Between the white halo (0.55 r) and the rim.
        double d = 0.53 * r;
        assertThat(pie.getHeight()).isEqualTo(pie.getWidth());
        assertThat(pie.getWidth()).isGreaterThanOrEqualTo((int) (2 * r));
        assertThat(rgb(pie, c + d, c - d)).as("upper right").isEqualTo(GREEN.getRGB());
        assertThat(rgb(pie, c - d, c - d)).as("upper left").isEqualTo(RED.getRGB());
        assertThat(rgb(pie, c - d, c + d)).as("lower left").isEqualTo(RED.getRGB());
        assertThat(rgb(pie, c + d, c + d)).as("lower right").isEqualTo(RED.getRGB());
        assertThat(pie.getRGB(0, 0) >>> 24).as("outside the disc").isZero();
        assertThat(darkPixels(pie, c, (int) (r * 0.4)))
                .as("the count written in the middle")
                .isGreaterThan(10);
    }

    @Test
    void aPieIsDrawnOnceWhileShownAndAgainAtAnotherPixelScale() {
        long shares = PieSprites.shares(5, new int[] {2, 3, 0});
        BufferedImage first = sprites.sprite(5, shares, 1);

        assertThat(sprites.sprite(5, shares, 1)).isSameAs(first);
        assertThat(sprites.sprite(6, shares, 1)).isNotSameAs(first);
        BufferedImage sharp = sprites.sprite(5, shares, 2);
        assertThat(sharp.getWidth()).isEqualTo(2 * first.getWidth());
    }

    @Test
    void aPointStandingAloneIsASmallDiscOfItsColour() {
        BufferedImage point = sprites.sprite(1, PieSprites.shares(1, new int[] {0, 1, 0}), 1);
        int c = point.getWidth() / 2;
        assertThat(point.getRGB(c, c)).isEqualTo(BLUE.getRGB());
        assertThat(point.getWidth()).isLessThan((int) (2 * ClusterLayer.radius(2)));
    }

    @Test
    void moreCategoriesThanAPieCanShowAreRefused() {
        assertThatThrownBy(() -> new PieSprites(new Color[8]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at most 7");
    }

    private static int[] degrees(long shares) {
        return new int[] {(int) shares & 0x1ff, (int) (shares >>> 9) & 0x1ff, (int) (shares >>> 18) & 0x1ff};
    }

    private static int rgb(BufferedImage image, double x, double y) {
        return image.getRGB((int) x, (int) y);
    }

    /** Pixels darker than the white halo in a square around the centre. */
    private static int darkPixels(BufferedImage image, int c, int half) {
        int dark = 0;
        for (int x = c - half; x <= c + half; x++) {
            for (int y = c - half; y <= c + half; y++) {
                Color color = new Color(image.getRGB(x, y), true);
                dark += color.getAlpha() > 200 && color.getRed() + color.getGreen() + color.getBlue() < 200 ? 1 : 0;
            }
        }
        return dark;
    }
}
