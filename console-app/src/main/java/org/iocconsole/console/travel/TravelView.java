package org.iocconsole.console.travel;

import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.iocconsole.console.access.AccessGate;
import org.iocconsole.console.access.GatedControls;
import org.iocconsole.console.common.I18n;
import org.iocconsole.sync.access.Permission;

/** The "prepare for travel" window: what it does, a start and a cancel button, the progress and the outcome. */
public final class TravelView {
    private final VBox root = new VBox(12);

    public TravelView(TravelViewModel vm, AccessGate gate, I18n i18n) {
        Label explain = new Label();
        explain.setWrapText(true);
        explain.textProperty().bind(i18n.text("travel.explain"));
        Button start = new Button();
        start.setId("travel-start");
        start.textProperty().bind(i18n.text("travel.start"));
        start.setOnAction(e -> vm.start());
        Button cancel = new Button();
        cancel.setId("travel-cancel");
        cancel.textProperty().bind(i18n.text("travel.cancel"));
        cancel.setOnAction(e -> vm.cancel());
        cancel.disableProperty().bind(vm.runningProperty().not());
        HBox buttons = new HBox(8, start, cancel);
        ProgressBar bar = new ProgressBar();
        bar.setId("travel-progress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(vm.progressProperty());
        Label step = new Label();
        step.setId("travel-step");
        step.textProperty()
                .bind(i18n.compute(
                        () -> vm.stepProperty().get() == null
                                ? ""
                                : i18n.get("travel.step."
                                        + vm.stepProperty().get().name().toLowerCase(Locale.ROOT)),
                        vm.stepProperty()));
        Label outcome = new Label();
        outcome.setId("travel-outcome");
        outcome.setWrapText(true);
        outcome.textProperty().bind(i18n.compute(() -> outcome(i18n, vm), vm.summaryProperty(), vm.failureProperty()));
        root.getChildren().addAll(explain, buttons, bar, step, outcome);
        root.setId("travel");
        root.getStyleClass().add("travel");
        GatedControls.gate(start, gate, Permission.RUN_SYNC, i18n, vm.runningProperty());
    }

    public Node root() {
        return root;
    }

    private static String outcome(I18n i18n, TravelViewModel vm) {
        if (vm.failureProperty().get() != null) {
            return i18n.get("travel.failed", vm.failureProperty().get());
        }
        TravelPreparation.Summary s = vm.summaryProperty().get();
        if (s == null) {
            return "";
        }
        String tiles = s.tilesSkipped() == null
                ? i18n.get("travel.tiles", s.tiles(), s.tilesFailed())
                : i18n.get("travel.tiles." + s.tilesSkipped());
        return i18n.get(
                s.cancelled() ? "travel.cancelled" : "travel.done",
                s.sourcesFailed(),
                s.photos(),
                s.photosFailed(),
                tiles);
    }
}
