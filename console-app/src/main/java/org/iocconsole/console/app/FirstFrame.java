package org.iocconsole.console.app;

import javafx.animation.AnimationTimer;

/**
 * Runs an action once the first frame of a shown stage is on screen. JavaFX has no event for that; a frame is
 * rendered after its pulse, and a pulse does not render before the previous frame is done, so by the third pulse
 * after showing the first frame is complete. FX thread only.
 */
public final class FirstFrame {
    private static final int PULSES = 3;

    private FirstFrame() {}

    /** Call right after {@code stage.show()}. */
    public static void then(Runnable action) {
        new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                if (++pulses == PULSES) {
                    stop();
                    action.run();
                }
            }
        }.start();
    }
}
