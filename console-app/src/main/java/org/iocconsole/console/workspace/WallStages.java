package org.iocconsole.console.workspace;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.util.Duration;
import org.iocconsole.console.workspace.layout.DisplayArea;
import org.iocconsole.console.workspace.layout.Placement;
import org.iocconsole.console.workspace.layout.ScreenPlan;
import org.iocconsole.console.workspace.layout.WorkspaceLayout;

/**
 * The operators' wall: one undecorated stage covering each monitor the layout uses, showing its view or rotating
 * through its views. When the monitors change it plans again at once, so the views of an unplugged monitor move to a
 * remaining one and go back when it returns. In kiosk mode a stage closes only when the role may leave the kiosk.
 * Each view is built once and moves between stages. FX thread only.
 */
public final class WallStages {
    private final WorkspaceLayout layout;
    private final ScreenFactory views;
    private final Supplier<List<DisplayArea>> monitors;
    private final BooleanSupplier mayLeaveKiosk;
    private final Supplier<Parent> decorate;
    private final Map<Screen, Node> built = new EnumMap<>(Screen.class);
    private final List<WallStage> stages = new ArrayList<>();
    private boolean closing;

    /**
     * @param monitors the monitors there are now
     * @param mayLeaveKiosk asked when a stage is about to close: true lets the wall close
     * @param decorate makes the frame each stage shows its view in (with a DEMO mark and a ticker, say); its first
     *     {@link StackPane} child found by id {@value #CONTENT_ID} receives the view, or the frame itself when it is a
     *     StackPane
     */
    public WallStages(
            WorkspaceLayout layout,
            ScreenFactory views,
            Supplier<List<DisplayArea>> monitors,
            BooleanSupplier mayLeaveKiosk,
            Supplier<Parent> decorate) {
        this.layout = layout;
        this.views = views;
        this.monitors = monitors;
        this.mayLeaveKiosk = mayLeaveKiosk;
        this.decorate = decorate;
    }

    /** Where the view goes inside the frame. */
    public static final String CONTENT_ID = "wall-content";

    /** Plans for the monitors there are and shows or moves the stages. Call again whenever the monitors change. */
    public void replan() {
        List<Placement> plan = ScreenPlan.assign(monitors.get(), layout);
        while (stages.size() > plan.size()) {
            stages.remove(stages.size() - 1).close();
        }
        for (int i = 0; i < plan.size(); i++) {
            if (i == stages.size()) {
                stages.add(new WallStage());
            }
            stages.get(i).show(plan.get(i));
        }
    }

    /** What each stage shows now, in plan order: for tests and the layout editor. */
    public List<Screen> showing() {
        return stages.stream().map(stage -> stage.current).toList();
    }

    /** Every stage's rotation, in plan order. */
    public List<List<Screen>> playlists() {
        return stages.stream().map(stage -> stage.playlist).toList();
    }

    /** The stages, in plan order. */
    public List<Stage> stages() {
        return stages.stream().map(stage -> stage.stage).toList();
    }

    /** Closes every stage, whatever the kiosk says: the console is stopping. */
    public void close() {
        closing = true;
        stages.forEach(WallStage::close);
        stages.clear();
    }

    private Node view(Screen screen) {
        return built.computeIfAbsent(screen, views::create);
    }

    private final class WallStage {
        private final Stage stage = new Stage(StageStyle.UNDECORATED);
        private final StackPane content;
        private Timeline rotation;
        private List<Screen> playlist = List.of();
        private Screen current;

        WallStage() {
            Parent frame = decorate.get();
            Node found = frame.lookup("#" + CONTENT_ID);
            content = found instanceof StackPane pane ? pane : (StackPane) frame;
            stage.setScene(new Scene(frame));
            stage.setOnCloseRequest(event -> {
                if (!closing && !mayLeaveKiosk.getAsBoolean()) {
                    event.consume();
                }
            });
        }

        void show(Placement placement) {
            DisplayArea area = placement.display();
            stage.setX(area.x());
            stage.setY(area.y());
            stage.setWidth(area.width());
            stage.setHeight(area.height());
            if (rotation != null) {
                rotation.stop();
            }
            playlist = placement.views();
            display(current != null && playlist.contains(current) ? current : playlist.get(0));
            if (playlist.size() > 1) {
                rotation = new Timeline(new KeyFrame(
                        Duration.seconds(Math.max(1, placement.dwellSeconds())),
                        event -> display(playlist.get((playlist.indexOf(current) + 1) % playlist.size()))));
                rotation.setCycleCount(Timeline.INDEFINITE);
                rotation.play();
            }
            stage.show();
        }

        private void display(Screen screen) {
            current = screen;
            content.getChildren().setAll(view(screen));
        }

        void close() {
            if (rotation != null) {
                rotation.stop();
            }
            content.getChildren().clear();
            stage.hide();
        }
    }
}
