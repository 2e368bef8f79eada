package org.iocconsole.console.dashboard;

import javafx.scene.media.AudioClip;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bundled critical-alert sound (a half-second two-tone chime, {@code alert-critical.wav}) through JavaFX's
 * {@link AudioClip}, loaded on first use. Without a working audio device the failure is logged once and the console
 * carries on silently. FX thread only.
 */
public final class ClipAlertSound implements AlertSound {
    private static final Logger LOG = LoggerFactory.getLogger(ClipAlertSound.class);

    private AudioClip clip;
    private boolean failed;

    @Override
    public void play() {
        if (failed) {
            return;
        }
        try {
            if (clip == null) {
                clip = new AudioClip(
                        ClipAlertSound.class.getResource("alert-critical.wav").toExternalForm());
            }
            clip.play();
        } catch (RuntimeException | UnsatisfiedLinkError e) {
            failed = true;
            LOG.warn("The critical-alert sound cannot be played; alerts stay silent", e);
        }
    }
}
