package org.iocconsole.console.cameras;

import java.util.Locale;
import javafx.scene.control.TableCell;
import org.iocconsole.console.common.I18n;
import org.iocconsole.sync.model.Camera;

/** A camera's state, translated and coloured by its style class ({@code cameras-status-offline}). FX thread only. */
final class CameraStatusCell extends TableCell<CameraRow, Camera.Status> {
    private static final String PREFIX = "cameras-status-";

    private final I18n i18n;

    CameraStatusCell(I18n i18n) {
        this.i18n = i18n;
    }

    /** Bundle key of a state's name ({@code cameras.status.maintenance}). */
    static String key(Camera.Status status) {
        return "cameras.status." + status.name().toLowerCase(Locale.ROOT);
    }

    @Override
    protected void updateItem(Camera.Status status, boolean empty) {
        super.updateItem(status, empty);
        getStyleClass().removeIf(c -> c.startsWith(PREFIX));
        if (empty || status == null) {
            setText(null);
        } else {
            setText(i18n.get(key(status)));
            getStyleClass().add(PREFIX + status.wireName());
        }
    }
}
