package org.iocconsole.console.cameras.wall;

import java.nio.IntBuffer;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.media.MediaView;
import javafx.stage.Window;
import org.iocconsole.console.cameras.stream.StreamPlayer;
import org.iocconsole.console.cameras.stream.StreamSpec;
import org.iocconsole.console.cameras.stream.StreamState;
import org.iocconsole.console.common.I18n;
import org.iocconsole.sync.model.Camera;

/**
 * One tile of the wall: the camera's latest frame with an overlay of its name, the time of its last frame and its
 * state. It plays only while it is in a showing window, so tiles off screen cost nothing; a camera the registry marks
 * offline or in maintenance is shown as such and not tried. FX thread only.
 */
public final class CameraTile extends StackPane {
    private static final String STATE_PREFIX = "cameras-tile-state-";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final TileServices services;
    private final I18n i18n;
    private final ZoneId zone;
    private final ImageView image = new ImageView();
    private final MediaView media = new MediaView();
    private final Label name = new Label();
    private final Label badge = new Label();
    private final Label time = new Label();
    private final Label centre = new Label();
    private final ObservableValue<Boolean> showing;
    private Camera camera;
    private StreamPlayer player;
    private TileFeed feed;
    private HlsPlayback hls;
    /** The camera whose state this tile last reported, so that it can report it idle when it stops showing it. */
    private String reportedId;
    /** The pixels of the tile's one image, written in place frame after frame. */
    private PixelBuffer<IntBuffer> buffer;

    private StreamState state = StreamState.IDLE;
    private long lastSecond = -1;
    private long framesShown;

    public CameraTile(TileServices services, I18n i18n, ZoneId zone) {
        this.services = services;
        this.i18n = i18n;
        this.zone = zone;
        getStyleClass().add("cameras-tile");
        setMinSize(0, 0);
        setPrefSize(320, 180);
        image.setPreserveRatio(true);
        image.setSmooth(false);
        image.setManaged(false);
        name.getStyleClass().add("cameras-tile-name");
        badge.getStyleClass().add("cameras-tile-badge");
        time.getStyleClass().add("cameras-tile-time");
        centre.getStyleClass().add("cameras-tile-centre");
        centre.setWrapText(true);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        name.setMinWidth(0);
        badge.setMinWidth(Region.USE_PREF_SIZE);
        HBox top = new HBox(name, spacer, badge);
        top.getStyleClass().add("cameras-tile-top");
        HBox bottom = new HBox(time);
        bottom.getStyleClass().add("cameras-tile-bottom");
        BorderPane overlay = new BorderPane();
        overlay.setTop(top);
        overlay.setBottom(bottom);
        overlay.setPickOnBounds(false);
        StackPane.setAlignment(centre, Pos.CENTER);
        media.setPreserveRatio(true);
        media.setManaged(false);
        media.setVisible(false);
        getChildren().addAll(image, media, centre, overlay);
        showing = sceneProperty()
                .flatMap(Scene::windowProperty)
                .flatMap(Window::showingProperty)
                .orElse(false);
        showing.addListener((o, was, now) -> replay());
        i18n.languageProperty().addListener((o, old, now) -> showState(state));
        showState(StreamState.IDLE);
    }

    /** Plays this camera from now on; null empties the tile. */
    public void show(Camera next) {
        if (next != null && next.equals(camera) && (player != null || hls != null || !showing.getValue())) {
            return;
        }
        camera = next;
        image.setImage(null);
        buffer = null;
        lastSecond = -1;
        time.setText("");
        name.setText(next == null ? "" : next.name());
        replay();
    }

    public Camera camera() {
        return camera;
    }

    public StreamState state() {
        return state;
    }

    /** Frames put on this tile's image since it was created. */
    public long framesShown() {
        return framesShown;
    }

    /** The image currently shown, or null. */
    public Image currentImage() {
        return image.getImage();
    }

    /** Stops playing for good; the tile is being thrown away. */
    public void dispose() {
        camera = null;
        replay();
    }

    private void replay() {
        String before = reportedId;
        reportedId = null;
        try {
            play();
        } finally {
            if (before != null && !before.equals(reportedId)) {
                services.states()
                        .changed(before, StreamState.IDLE, services.clock().instant());
            }
        }
    }

    private void play() {
        stopPlayer();
        if (camera == null) {
            showState(StreamState.IDLE);
            return;
        }
        if (camera.status() != Camera.Status.ONLINE) {
            showState(StreamState.OFFLINE);
            reportedId = camera.cameraId();
            services.states()
                    .changed(reportedId, StreamState.OFFLINE, services.clock().instant());
            return;
        }
        if (!showing.getValue()) {
            return;
        }
        if (camera.streamKind() == Camera.StreamKind.HLS && camera.streamUrl() != null) {
            String id = camera.cameraId();
            reportedId = id;
            media.setVisible(true);
            hls = new HlsPlayback(
                    camera.streamUrl(),
                    media,
                    s -> {
                        showState(s);
                        services.states().changed(id, s, services.clock().instant());
                    },
                    services.runtime().settings().backoff());
            hls.start();
            return;
        }
        StreamSpec spec = services.specs().apply(camera);
        if (spec == null) {
            showState(StreamState.NO_SIGNAL);
            return;
        }
        reportedId = camera.cameraId();
        TileFeed next = new TileFeed(camera.cameraId(), services, this::showFrame, (s, d) -> showState(s));
        feed = next;
        player = new StreamPlayer(spec, services.runtime(), next);
        services.budget().tileShown();
        showState(StreamState.CONNECTING);
        player.start();
    }

    private void stopPlayer() {
        if (hls != null) {
            hls.stop();
            hls = null;
            media.setVisible(false);
        }
        if (player != null) {
            feed.deactivate();
            player.stop();
            services.budget().tileHidden();
            player = null;
            feed = null;
        }
    }

    private void showFrame(TileFeed.Frame frame) {
        if (buffer == null || buffer.getWidth() != frame.width() || buffer.getHeight() != frame.height()) {
            buffer = new PixelBuffer<>(
                    frame.width(),
                    frame.height(),
                    IntBuffer.allocate(frame.width() * frame.height()),
                    PixelFormat.getIntArgbPreInstance());
            image.setImage(new WritableImage(buffer));
            requestLayout();
        }
        buffer.updateBuffer(b -> {
            b.getBuffer().put(0, frame.pixels());
            return null;
        });
        framesShown++;
        long now = System.nanoTime();
        Instant at = services.clock().instant();
        long second = at.getEpochSecond();
        if (second != lastSecond) {
            lastSecond = second;
            time.setText(TIME.format(at.atZone(zone)));
        }
        services.shown().shown(frame.header(), frame.receivedNanos(), now);
    }

    private void showState(StreamState next) {
        getStyleClass().remove(STATE_PREFIX + state.wireName());
        state = next;
        getStyleClass().add(STATE_PREFIX + next.wireName());
        badge.setText(next == StreamState.IDLE ? "" : i18n.get("cameras.wall.state." + next.wireName()));
        boolean live = next == StreamState.LIVE;
        badge.setVisible(next != StreamState.IDLE);
        centre.setVisible(!live);
        centre.setText(camera == null ? i18n.get("cameras.wall.tile.drop") : live ? "" : badge.getText());
        image.setOpacity(live ? 1 : 0.35);
        media.setOpacity(live ? 1 : 0.35);
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        double width = getWidth();
        double height = getHeight();
        image.setFitWidth(width);
        image.setFitHeight(height);
        media.setFitWidth(width);
        media.setFitHeight(height);
        media.relocate(0, 0);
        Image shown = image.getImage();
        double w = width;
        double h = height;
        if (shown != null && shown.getWidth() > 0 && shown.getHeight() > 0) {
            double scale = Math.min(width / shown.getWidth(), height / shown.getHeight());
            w = shown.getWidth() * scale;
            h = shown.getHeight() * scale;
        }
        image.relocate((width - w) / 2, (height - h) / 2);
    }
}
