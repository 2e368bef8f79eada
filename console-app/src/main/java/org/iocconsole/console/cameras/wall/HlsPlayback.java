package org.iocconsole.console.cameras.wall;

import io.github.resilience4j.core.IntervalFunction;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.scene.media.Media;
import javafx.scene.media.MediaException;
import javafx.scene.media.MediaPlayer;
import javafx.scene.media.MediaView;
import javafx.util.Duration;
import org.iocconsole.console.cameras.stream.StreamState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plays an HLS camera through JavaFX's media player on a tile's media view, muted, and maps the player's events to
 * tile states; after an error or an end of stream it starts over after the same backoff as MJPEG players. Decoding
 * happens in the media engine's own threads. FX thread only.
 */
final class HlsPlayback {
    private static final Logger LOG = LoggerFactory.getLogger(HlsPlayback.class);
    private static final AtomicBoolean AUDIO_WARNED = new AtomicBoolean();

    private final String url;
    private final MediaView view;
    private final Consumer<StreamState> state;
    private final IntervalFunction backoff;
    private final PauseTransition wait = new PauseTransition();
    private MediaPlayer player;
    private int failures;
    private boolean stopped;

    HlsPlayback(String url, MediaView view, Consumer<StreamState> state, IntervalFunction backoff) {
        this.url = url;
        this.view = view;
        this.state = state;
        this.backoff = backoff;
        wait.setOnFinished(e -> open());
    }

    void start() {
        state.accept(StreamState.CONNECTING);
        open();
    }

    void stop() {
        stopped = true;
        wait.stop();
        dispose();
    }

    private void open() {
        if (stopped) {
            return;
        }
        try {
            Media media = new Media(url);
            media.setOnError(() -> failed(media.getError()));
            player = new MediaPlayer(media);
            player.setMute(true);
            player.setAutoPlay(true);
            player.setOnPlaying(() -> {
                failures = 0;
                state.accept(StreamState.LIVE);
            });
            player.setOnStalled(() -> state.accept(StreamState.NO_SIGNAL));
            player.setOnError(() -> failed(player == null ? null : player.getError()));
            player.setOnEndOfMedia(() -> failed(null));
            view.setMediaPlayer(player);
        } catch (MediaException | IllegalArgumentException | UnsupportedOperationException e) {
            failed(e);
        }
    }

    private void failed(Exception error) {
        if (stopped) {
            return;
        }
        LOG.debug("HLS camera {} failed: {}", url, error == null ? "the stream ended" : error.toString());
        if (error != null
                && String.valueOf(error.getMessage()).contains("audio device")
                && AUDIO_WARNED.compareAndSet(false, true)) {
            // JavaFX opens the default sound device for any stream with audio, even muted; without one it halts.
            LOG.warn(
                    "HLS camera {} has an audio track and this machine has no sound device to open: give it a"
                            + " sound device (an ALSA 'null' default will do) or have the gateway drop the audio",
                    url);
        }
        dispose();
        state.accept(StreamState.RECONNECTING);
        failures++;
        wait.setDuration(Duration.millis(backoff.apply(failures)));
        wait.playFromStart();
    }

    private void dispose() {
        if (player != null) {
            MediaPlayer old = player;
            player = null;
            view.setMediaPlayer(null);
            old.dispose();
        }
    }
}
