package org.iocconsole.console.workspace;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import org.iocconsole.console.workspace.layout.DashboardPick;
import org.iocconsole.console.workspace.layout.DisplayArea;
import org.iocconsole.console.workspace.layout.Placement;
import org.iocconsole.console.workspace.layout.PlaylistItem;
import org.iocconsole.console.workspace.layout.Rotation;
import org.iocconsole.console.workspace.layout.ScreenPlan;
import org.iocconsole.console.workspace.layout.WorkspaceLayout;

/**
 * The operators' wall: one undecorated stage covering each monitor the layout uses, showing its view or rotating
 * through its playlist. Whenever the monitors change it plans again at once, so the views of an unplugged monitor
 * move to a remaining one and go back when it returns. Rotations follow the injected clock ({@link #tick()} once a
 * second); a critical alert pre-empts a screen for a while. A stage asked to close leaves the wall only through the
 * kiosk gate. Each view is built once and moves between stages. FX thread only.
 */
public final class WallStages {
    /** Where the view goes inside the frame. */
    public static final String CONTENT_ID = "wall-content";

    private final Clock clock;
    private final ScreenFactory views;
    private final ObservableList<DisplayArea> monitors;
    private final KioskGate gate;
    private final Runnable leave;
    private final Supplier<Parent> decorate;
    private final Map<PlaylistItem, Node> built = new HashMap<>();
    private final List<WallStage> stages = new ArrayList<>();
    private final Timeline ticking = new Timeline(new KeyFrame(javafx.util.Duration.seconds(1), event -> tick()));
    private final ListChangeListener<DisplayArea> onMonitors = change -> replan();
    private WorkspaceLayout layout;
    private boolean closing;
    private Consumer<Scene> sceneSetup = scene -> {};
    private Function<DashboardPick, Node> dashboards;

    /**
     * @param monitors the monitors there are, kept current (see {@link FxMonitors})
     * @param gate asked when a stage is about to close
     * @param leave run when the gate lets the wall close: stops the console
     * @param decorate makes the frame each stage shows its view in (with a ticker, say); its node with id
     *     {@value #CONTENT_ID}, a StackPane, receives the view, or the frame itself when it is a StackPane
     */
    public WallStages(
            WorkspaceLayout layout,
            Clock clock,
            ScreenFactory views,
            ObservableList<DisplayArea> monitors,
            KioskGate gate,
            Runnable leave,
            Supplier<Parent> decorate) {
        this.layout = layout;
        this.clock = clock;
        this.views = views;
        this.monitors = monitors;
        this.gate = gate;
        this.leave = leave;
        this.decorate = decorate;
    }

    /** Sets up each stage's scene as it is made (its shortcuts); call before {@link #open()}. */
    public void setSceneSetup(Consumer<Scene> setup) {
        this.sceneSetup = setup;
    }

    /** Makes the views of saved dashboards a layout names; without it they show the overview. */
    public void setDashboardViews(Function<DashboardPick, Node> views) {
        this.dashboards = views;
    }

    /** Shows the stages and follows the monitors from now on. */
    public void open() {
        monitors.addListener(onMonitors);
        replan();
    }

    /** Plans for the monitors there are and shows or moves the stages. */
    public void replan() {
        if (closing) {
            return;
        }
        List<Placement> plan = ScreenPlan.assign(List.copyOf(monitors), layout);
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

    /** Uses another layout (saved in the editor) from now on. */
    public void apply(WorkspaceLayout next) {
        layout = next;
        stages.forEach(stage -> stage.rotation = null);
        replan();
    }

    /** The layout the wall follows. */
    public WorkspaceLayout layout() {
        return layout;
    }

    /** Moves the rotations on once a second from now on, until {@link #close()}. */
    public void startTicking() {
        ticking.setCycleCount(Animation.INDEFINITE);
        ticking.play();
    }

    /** Moves the rotations on to what the clock says. */
    public void tick() {
        stages.forEach(WallStage::tick);
    }

    /**
     * Shows {@code view} for {@code length}, then returns to the rotation: on the screen whose playlist has the view,
     * else on the first screen.
     */
    public void preempt(Screen view, Duration length) {
        if (stages.isEmpty()) {
            return;
        }
        WallStage target = stages.stream()
                .filter(stage -> stage.rotation.playlist().contains(view))
                .findFirst()
                .orElse(stages.get(0));
        Instant now = clock.instant();
        target.rotation.preempt(view, now, now.plus(length));
        target.tick();
    }

    /** What each stage shows now, in plan order. */
    public List<Screen> showing() {
        return stages.stream().map(stage -> stage.current.view()).toList();
    }

    /** What each stage shows now (its view and camera layout), in plan order. */
    public List<PlaylistItem> showingItems() {
        return stages.stream().map(stage -> stage.current).toList();
    }

    /** Every stage's views, in plan order. */
    public List<List<Screen>> playlists() {
        return stages.stream().map(stage -> stage.rotation.playlist()).toList();
    }

    /** The stages, in plan order. */
    public List<Stage> stages() {
        return stages.stream().map(stage -> stage.stage).toList();
    }

    /** Closes every stage, whatever the kiosk says: the console is stopping. */
    public void close() {
        ticking.stop();
        closing = true;
        monitors.removeListener(onMonitors);
        stages.forEach(WallStage::close);
        stages.clear();
    }

    private Node view(PlaylistItem item) {
        PlaylistItem show =
                item.dashboard() != null && dashboards == null ? new PlaylistItem(item.view(), 0) : item.show();
        return built.computeIfAbsent(show, key -> {
            if (key.dashboard() != null) {
                return dashboards.apply(key.dashboard());
            }
            return key.cameraLayout() == null ? views.create(key.view()) : views.create(key.view(), key.cameraLayout());
        });
    }

    private final class WallStage {
        private final Stage stage = new Stage(StageStyle.UNDECORATED);
        private final Parent frame;
        private final StackPane content;
        private Rotation rotation;
        private PlaylistItem current;

        WallStage() {
            frame = decorate.get();
            Node found = frame.lookup("#" + CONTENT_ID);
            content = found instanceof StackPane pane ? pane : (StackPane) frame;
            frame.getStyleClass().add("wall-frame");
            stage.setScene(new Scene(frame));
            sceneSetup.accept(stage.getScene());
            stage.setOnCloseRequest(event -> {
                if (closing) {
                    return;
                }
                event.consume();
                if (gate.mayLeave()) {
                    leave.run();
                }
            });
        }

        void show(Placement placement) {
            DisplayArea area = placement.display();
            stage.setX(area.x());
            stage.setY(area.y());
            stage.setWidth(area.width());
            stage.setHeight(area.height());
            // Type for reading at a distance, as large on a 4K monitor as on full HD.
            frame.setStyle("-fx-font-size: " + WallScale.fontPx(area) + "px;");
            // The scene takes the monitor's size from its first layout: a view laid out unbounded before (the map)
            // would load the tiles of an area far larger than any screen.
            if (frame instanceof Region region) {
                region.setPrefSize(area.width(), area.height());
                region.setMaxSize(area.width(), area.height());
            }
            if (rotation == null || !rotation.slot().equals(placement.slot())) {
                rotation = new Rotation(placement.slot(), layout.schedule(), clock.getZone(), clock.instant());
            }
            tick();
            stage.show();
        }

        void tick() {
            PlaylistItem due = rotation.showAt(clock.instant());
            if (!due.equals(current) || content.getChildren().isEmpty()) {
                current = due;
                content.getChildren().setAll(view(due));
            }
        }

        void close() {
            content.getChildren().clear();
            stage.hide();
        }
    }
}
