package org.iocconsole.console.scenario;

import static org.iocconsole.console.common.Buttons.button;

import java.io.File;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import org.iocconsole.console.common.I18n;
import org.iocconsole.console.common.TimeTexts;
import org.iocconsole.sync.scenario.ScenarioStatus;
import org.iocconsole.sync.scenario.ScenarioTime;

/**
 * The trainer's controls during a drill: scenario picker and file, play/pause, speed, a seek bar over the timeline with
 * a mark per event, a field to go to a time, reset, and the drill's virtual time; in a bar under the top bar, or one
 * above the other with the list of events in the trainer workspace's panel. Forwards every action
 * to {@link TrainerViewModel}. FX thread only.
 */
public final class TrainerBar {
    private static final String STYLESHEET =
            TrainerBar.class.getResource("trainer.css").toExternalForm();

    private final TrainerViewModel vm;
    private final VBox root = new VBox();
    private final Slider seek = new Slider(0, 1, 0);
    private final Pane marks = new Pane();

    /**
     * @param editor opens the scenario editor, or null when there is none
     * @param afterAction opens the after-action report, or null when there is none
     */
    public TrainerBar(TrainerViewModel vm, I18n i18n, TimeTexts times, Runnable editor, Runnable afterAction) {
        this(vm, i18n, times, editor, afterAction, false);
    }

    /**
     * @param panel arrange the controls one above the other, for the trainer workspace's panel on the right, with the
     *     drill's events listed under the seek bar; else in one row under the top bar
     */
    public TrainerBar(
            TrainerViewModel vm, I18n i18n, TimeTexts times, Runnable editor, Runnable afterAction, boolean panel) {
        this.vm = vm;
        root.setId("trainer-bar");
        root.getStylesheets().add(STYLESHEET);
        root.getStyleClass().add("trainer-bar");

        ComboBox<String> picker = new ComboBox<>(vm.builtIns());
        picker.setId("trainer-picker");
        picker.promptTextProperty().bind(i18n.text("trainer.picker"));
        vm.titleProperty().subscribe(id -> picker.setValue(id.isEmpty() ? null : id));
        picker.setOnAction(e -> {
            String chosen = picker.getValue();
            if (chosen != null && !chosen.equals(vm.titleProperty().get())) {
                vm.load(chosen);
            }
        });
        Button open = button("trainer-open", i18n, "trainer.open");
        open.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.titleProperty().bind(i18n.text("trainer.open"));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("YAML", "*.yaml", "*.yml"));
            File file = chooser.showOpenDialog(root.getScene().getWindow());
            if (file != null) {
                vm.loadFile(file.toPath());
            }
        });

        Button play = new Button();
        play.setId("trainer-play");
        play.textProperty()
                .bind(i18n.compute(
                        () -> i18n.get(vm.playingProperty().get() ? "trainer.pause" : "trainer.play"),
                        vm.playingProperty()));
        play.setOnAction(e -> vm.togglePlay());

        ComboBox<Double> speed = new ComboBox<>();
        speed.setId("trainer-speed");
        for (double s : TrainerViewModel.SPEEDS) {
            speed.getItems().add(s);
        }
        speed.setConverter(new StringConverter<>() {
            @Override
            public String toString(Double value) {
                return value == null ? "" : String.format(Locale.ROOT, "%.0f×", value);
            }

            @Override
            public Double fromString(String text) {
                return null;
            }
        });
        vm.speedProperty().subscribe(s -> speed.setValue(s.doubleValue()));
        speed.setOnAction(e -> {
            Double chosen = speed.getValue();
            if (chosen != null && chosen != vm.speedProperty().get()) {
                vm.changeSpeed(chosen);
            }
        });

        seek.setId("trainer-seek");
        seek.maxProperty().bind(vm.lengthProperty());
        vm.positionProperty().subscribe(p -> {
            if (!seek.isValueChanging()) {
                seek.setValue(p.doubleValue());
            }
        });
        seek.valueChangingProperty().subscribe(changing -> {
            if (!changing) {
                vm.seek(Math.round(seek.getValue()));
            }
        });
        seek.setOnMouseReleased(e -> vm.seek(Math.round(seek.getValue())));
        marks.getStyleClass().add("trainer-marks");
        marks.setMouseTransparent(true);
        marks.widthProperty().subscribe(w -> drawMarks());
        vm.marks().addListener((ListChangeListener<ScenarioStatus.Mark>) change -> drawMarks());
        StackPane timeline = new StackPane(marks, seek);
        HBox.setHgrow(timeline, Priority.ALWAYS);
        timeline.setMinWidth(160);

        TextField goTo = new TextField();
        goTo.setId("trainer-goto");
        goTo.setPrefColumnCount(6);
        goTo.promptTextProperty().bind(i18n.text("trainer.goto"));
        goTo.setOnAction(e -> vm.seekTo(goTo.getText()));

        Button reset = button("trainer-reset", i18n, "trainer.reset");
        reset.setOnAction(e -> vm.reset());

        Label time = new Label();
        time.setId("trainer-time");
        time.getStyleClass().add("trainer-time");
        Supplier<String> timeText = () -> {
            if (vm.virtualTimeProperty().get() == null) {
                return "";
            }
            return ScenarioTime.format(
                            java.time.Duration.ofSeconds(vm.positionProperty().get()))
                    + " / "
                    + ScenarioTime.format(
                            java.time.Duration.ofSeconds(vm.lengthProperty().get()))
                    + " · " + times.absolute(vm.virtualTimeProperty().get());
        };
        time.textProperty()
                .bind(i18n.compute(timeText, vm.virtualTimeProperty(), vm.positionProperty(), vm.lengthProperty()));

        Button edit = null;
        if (editor != null) {
            edit = button("trainer-edit", i18n, "trainer.edit");
            edit.setOnAction(e -> editor.run());
        }
        Button report = null;
        if (afterAction != null) {
            report = button("trainer-aar", i18n, "trainer.aar.open");
            report.setOnAction(e -> afterAction.run());
        }

        Label message = new Label();
        message.setId("trainer-message");
        message.getStyleClass().add("trainer-message");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        message.visibleProperty().bind(vm.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        if (panel) {
            root.getStyleClass().add("trainer-panel");
            picker.setMaxWidth(Double.MAX_VALUE);
            root.getChildren()
                    .addAll(
                            picker,
                            row(open, edit),
                            row(play, speed, reset),
                            timeline,
                            row(goTo, time),
                            message,
                            new DrillEvents(vm, i18n).root());
            if (report != null) {
                root.getChildren().add(report);
            }
        } else {
            HBox controls = row(picker, edit, open, play, speed, timeline, goTo, reset, time, report);
            controls.getStyleClass().add("trainer-controls");
            root.getChildren().addAll(controls, message);
        }
    }

    /** The nodes given (null for one left out) in a row. */
    private static HBox row(javafx.scene.Node... nodes) {
        HBox row = new HBox();
        for (javafx.scene.Node node : nodes) {
            if (node != null) {
                row.getChildren().add(node);
            }
        }
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("trainer-row");
        return row;
    }

    public Parent root() {
        return root;
    }

    /** A thin mark per event, where the slider's track puts its time. */
    private void drawMarks() {
        double width = marks.getWidth();
        double length = Math.max(1, vm.lengthProperty().get());
        // The slider's thumb keeps the track's ends a few pixels in.
        double inset = 6;
        marks.getChildren().clear();
        for (ScenarioStatus.Mark mark : vm.marks()) {
            double x = inset + (width - 2 * inset) * Math.min(1, mark.atSeconds() / length);
            Rectangle tick = new Rectangle(2, 10);
            tick.getStyleClass()
                    .addAll("trainer-mark", "trainer-mark-" + mark.type().replace('_', '-'));
            tick.setLayoutX(x - 1);
            tick.setLayoutY(0);
            marks.getChildren().add(tick);
        }
    }
}
