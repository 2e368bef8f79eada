package org.iocconsole.console.reports;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;
import org.iocconsole.console.common.I18n;

/**
 * A report's photo: fetched (or found on disk) off the FX thread, decoded by JavaFX in the background, shown when
 * ready. A report without a photo, or one that cannot be fetched, says so instead. FX thread only.
 */
final class ReportPhoto {
    private static final double SIZE = 180;

    private final PhotoSource source;
    private final Executor background;
    private final Executor fx;
    private final I18n i18n;
    private final ImageView view = new ImageView();
    private final Label message = new Label();
    private final StackPane node = new StackPane(view, message);
    private String shown;

    ReportPhoto(PhotoSource source, Executor background, Executor fx, I18n i18n) {
        this.source = source;
        this.background = background;
        this.fx = fx;
        this.i18n = i18n;
        node.setId("reports-detail-photo");
        node.getStyleClass().add("reports-photo");
        node.setMinSize(SIZE, SIZE);
        node.setPrefSize(SIZE, SIZE);
        view.setFitWidth(SIZE);
        view.setFitHeight(SIZE);
        view.setPreserveRatio(true);
        message.setWrapText(true);
        message.getStyleClass().add("reports-photo-message");
    }

    StackPane node() {
        return node;
    }

    /** Shows the photo at {@code url}; null for a report without one. */
    void show(String url) {
        shown = url;
        view.setImage(null);
        if (url == null || url.isBlank()) {
            message.setText(i18n.get("reports.queue.photo.none"));
            return;
        }
        message.setText(i18n.get("reports.queue.photo.loading"));
        background.execute(() -> {
            try {
                Path file = source.fetch(url);
                fx.execute(() -> {
                    if (url.equals(shown)) {
                        Image image = new Image(file.toUri().toString(), SIZE * 2, SIZE * 2, true, true, true);
                        image.errorProperty().addListener((o, was, failed) -> {
                            if (failed && url.equals(shown)) {
                                view.setImage(null);
                                message.setText(i18n.get("reports.queue.photo.failed", "image"));
                            }
                        });
                        view.setImage(image);
                        message.setText(null);
                    }
                });
            } catch (IOException | RuntimeException e) {
                String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                fx.execute(() -> {
                    if (url.equals(shown)) {
                        message.setText(i18n.get("reports.queue.photo.failed", why));
                    }
                });
            }
        });
    }
}
