package org.iocconsole.console.cameras.wall;

import java.time.ZoneId;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.iocconsole.console.common.I18n;
import org.iocconsole.sync.model.Camera;

/**
 * A small window over another screen (the map) that plays one camera on a {@link CameraTile} of its own, with its
 * name and a close button. The tile is made on the first {@link #show}, so a screen that never opens a camera starts
 * no camera threads; {@link #close()} stops the stream at once (its reading thread is freed and the camera reported
 * idle). The tile also stops by itself when the popup leaves a showing window. FX thread only.
 */
public final class CameraPopup extends VBox {
    private static final String STYLESHEET = CameraPopup.class
            .getResource("/org/iocconsole/console/cameras/cameras.css")
            .toExternalForm();

    private final Supplier<TileServices> services;
    private final I18n i18n;
    private final ZoneId zone;
    private final Label title = new Label();
    private CameraTile tile;
    private Runnable onClose = () -> {};

    /** @param services what tiles share; asked on the first {@link #show} */
    public CameraPopup(Supplier<TileServices> services, I18n i18n, ZoneId zone) {
        this.services = Objects.requireNonNull(services, "services");
        this.i18n = i18n;
        this.zone = zone;
        setId("camera-popup");
        getStyleClass().add("camera-popup");
        getStylesheets().add(STYLESHEET);
        setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        title.getStyleClass().add("camera-popup-title");
        title.setMinWidth(0);
        Button close = new Button();
        close.setId("camera-popup-close");
        close.getStyleClass().add("flat");
        close.textProperty().bind(i18n.text("cameras.popup.close"));
        close.setOnAction(e -> close());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox header = new HBox(title, gap, close);
        header.getStyleClass().add("camera-popup-header");
        getChildren().add(header);
        setVisible(false);
        setManaged(false);
    }

    /** Called after the user or {@link #close()} closed the popup. */
    public void setOnClose(Runnable action) {
        onClose = Objects.requireNonNull(action, "action");
    }

    /** Plays this camera in the popup, replacing the one it played. */
    public void show(Camera camera) {
        Objects.requireNonNull(camera, "camera");
        if (tile == null) {
            tile = new CameraTile(services.get(), i18n, zone);
            tile.setId("camera-popup-tile");
            tile.setPrefSize(400, 225);
            getChildren().add(tile);
        }
        title.setText(camera.name());
        setVisible(true);
        setManaged(true);
        tile.show(camera);
    }

    /** Stops the stream and hides the popup; does nothing when it is closed already. */
    public void close() {
        boolean wasOpen = isVisible();
        if (tile != null) {
            tile.show(null);
        }
        setVisible(false);
        setManaged(false);
        if (wasOpen) {
            onClose.run();
        }
    }

    /** The tile playing the camera, or null before the first {@link #show}. */
    public CameraTile tile() {
        return tile;
    }
}
