package org.iocconsole.console.workspace;

import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import org.iocconsole.console.common.I18n;

/**
 * What the content area shows until the data side is open: "Đang mở dữ liệu…" with progress, or why opening failed
 * and where the log is. FX thread only.
 */
final class OpeningPane extends VBox {

    OpeningPane(ShellViewModel vm, I18n i18n, Path logDir) {
        setId("opening-pane");
        getStyleClass().add("opening-pane");

        Label title = new Label();
        title.setId("opening-title");
        title.getStyleClass().add("opening-title");
        title.textProperty()
                .bind(i18n.compute(
                        () -> i18n.get(
                                vm.openingProperty().get() == OpeningState.FAILED
                                        ? "shell.opening.failed"
                                        : "shell.opening"),
                        vm.openingProperty()));

        ProgressBar progress = new ProgressBar();
        progress.progressProperty().bind(vm.openingProgressProperty());
        progress.visibleProperty().bind(vm.openingProperty().isEqualTo(OpeningState.OPENING));
        progress.managedProperty().bind(progress.visibleProperty());

        Label reason = new Label();
        reason.setId("opening-reason");
        reason.getStyleClass().add("opening-reason");
        reason.setWrapText(true);
        reason.textProperty().bind(vm.openingErrorProperty());

        Label logs = new Label();
        logs.getStyleClass().add("opening-logs");
        logs.setWrapText(true);
        logs.textProperty().bind(i18n.format("shell.opening.logs", () -> new Object[] {logDir.toString()}));

        VBox failure = new VBox(reason, logs);
        failure.getStyleClass().add("opening-failure");
        failure.visibleProperty().bind(vm.openingProperty().isEqualTo(OpeningState.FAILED));
        failure.managedProperty().bind(failure.visibleProperty());

        getChildren().addAll(title, progress, failure);
    }
}
