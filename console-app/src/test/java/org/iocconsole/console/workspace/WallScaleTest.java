package org.iocconsole.console.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import org.iocconsole.console.workspace.layout.DisplayArea;
import org.junit.jupiter.api.Test;

class WallScaleTest {
    @Test
    void fullHdIsTheBaseAndA4kMonitorDoublesTheType() {
        assertThat(WallScale.fontPx(new DisplayArea(0, 0, 1920, 1080))).isEqualTo(18);
        assertThat(WallScale.fontPx(new DisplayArea(3840, 0, 3840, 2160))).isEqualTo(36);
    }

    @Test
    void aSmallOrSystemScaledMonitorKeepsTheBaseAndAHugeOneIsCapped() {
        assertThat(WallScale.factor(new DisplayArea(0, 0, 1280, 720))).isEqualTo(1.0);
        // An ultra-wide monitor is as tall as full HD: its height decides.
        assertThat(WallScale.factor(new DisplayArea(0, 0, 5120, 1080))).isEqualTo(1.0);
        assertThat(WallScale.factor(new DisplayArea(0, 0, 15360, 8640))).isEqualTo(4.0);
    }
}
