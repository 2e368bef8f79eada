package org.iocconsole.console.workspace;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import javafx.beans.binding.StringBinding;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.iocconsole.console.common.I18n;
import org.iocconsole.console.common.StyleClasses;
import org.iocconsole.console.common.TimeTexts;

/**
 * The main window's content: top bar, navigation rail, the current screen, status bar. Until the data side is open
 * the screen area shows the opening pane. FX thread only.
 */
public final class ShellView {
    private static final String STYLESHEET =
            ShellView.class.getResource("shell.css").toExternalForm();

    private final ShellViewModel vm;
    private final I18n i18n;
    private final BorderPane root = new BorderPane();
    private final StackPane content = new StackPane();
    private final StackPane screenArea;
    private final OpeningPane opening;
    private final VBox top = new VBox();
    private final TopBar topBar;
    private final VBox scenarioPlace = new VBox();
    private final Map<Screen, Node> built = new EnumMap<>(Screen.class);
    private ScreenFactory screens;
    private Node door;

    public ShellView(ShellViewModel vm, StatusBarViewModel status, I18n i18n, TimeTexts times, Path logDir) {
        this.vm = vm;
        this.i18n = i18n;
        // Before the first control exists: a control's class otherwise loads JavaFX's default stylesheet first, only
        // for the theme to replace it.
        vm.themeProperty().subscribe(theme -> Appearance.apply(root, theme));
        this.opening = new OpeningPane(vm, i18n, logDir);
        this.topBar = new TopBar(vm, i18n);
        root.setId("shell");
        root.getStylesheets().add(STYLESHEET);
        root.getStyleClass().add("shell");
        content.getStyleClass().add("shell-content");
        Label noticeBand = new Label();
        noticeBand.setId("shell-notice");
        noticeBand.getStyleClass().add("shell-notice");
        noticeBand.setWrapText(true);
        noticeBand.setMaxWidth(Double.MAX_VALUE);
        noticeBand.textProperty().bind(vm.noticeProperty());
        noticeBand.visibleProperty().bind(vm.noticeProperty().isNotEmpty());
        noticeBand.managedProperty().bind(noticeBand.visibleProperty());
        top.getChildren().addAll(topBar, noticeBand);
        root.setTop(top);
        root.setLeft(new NavigationRail(vm, i18n));
        screenArea = withDemoMark(content, vm, i18n);
        root.setCenter(screenArea);
        root.setBottom(new StatusBar(status, i18n, times));

        vm.demoProperty().subscribe(demo -> StyleClasses.toggle(root, "demo-session", demo));
        vm.screenProperty().subscribe(screen -> showCurrent());
        vm.openingProperty().subscribe(state -> showCurrent());
    }

    public Parent root() {
        return root;
    }

    /** The window title, following the language and the demo mark. */
    public StringBinding windowTitle() {
        return i18n.compute(
                () -> i18n.get(vm.demoProperty().get() ? "shell.window.title.demo" : "shell.window.title"),
                vm.demoProperty());
    }

    /** Once the data side is open: where the screens' views come from. */
    public void showScreens(ScreenFactory factory) {
        this.screens = factory;
        showCurrent();
    }

    /**
     * The screen area with a DEMO mark over its corner in a demo or a drill: part of the shell, not of a screen's
     * layout, so no layout can leave it out. It lets clicks through.
     */
    static StackPane withDemoMark(Node screens, ShellViewModel vm, I18n i18n) {
        Label mark = DemoMark.create(i18n);
        mark.visibleProperty().bind(vm.demoProperty());
        StackPane area = new StackPane(screens, mark);
        area.getStyleClass().add("shell-screen-area");
        return area;
    }

    /**
     * Shows the alert toasts over the top right of the screen area: inside the window, so they move with it, and clear of
     * the top bar, the rail and the trainer's panel, whose controls stay within reach while an alert shows.
     */
    public void showToasts(Region toasts) {
        toasts.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        StackPane.setAlignment(toasts, Pos.TOP_RIGHT);
        StackPane.setMargin(toasts, new Insets(12));
        screenArea.getChildren().add(toasts);
    }

    /** Shows the trainer's controls of a drill: in the trainer workspace's panel on the right, else under the top bar. */
    public void showTrainerControls(Node controls) {
        if (root.getRight() == scenarioPlace) {
            scenarioPlace.getChildren().add(controls);
        } else {
            top.getChildren().add(controls);
        }
    }

    /** Shows {@code node} (the login) instead of the opening pane until the screens are ready; null removes it. */
    public void showDoor(Node node) {
        this.door = node;
        showCurrent();
    }

    /** Adds a control at the end of the top bar (the signed-in user's menu). */
    public void addToTopBar(Node node) {
        topBar.getChildren().add(node);
    }

    /**
     * Arranges the window for its workspace: the compact window trades the rail for tabs along the top; the trainer's
     * gets a panel for the scenario controls on the right.
     */
    public void arrange(WindowLayout layout) {
        if (layout == WindowLayout.COMPACT) {
            root.setLeft(null);
            top.getChildren().add(new ViewTabs(vm, i18n));
        } else if (layout == WindowLayout.TRAINER) {
            scenarioPlace.setId("scenario-place");
            scenarioPlace.getStyleClass().add("scenario-place");
            Label title = new Label();
            title.textProperty().bind(i18n.text("workspace.trainer.scenario"));
            title.getStyleClass().add("top-bar-name");
            scenarioPlace.getChildren().setAll(title);
            root.setRight(scenarioPlace);
        }
    }

    /** Offers the layout editor from the top bar (Ctrl+Shift+L too, once the scene has shortcuts). */
    public void offerLayoutEditor(Runnable open) {
        Button button = new Button();
        button.setId("open-layout-editor");
        button.textProperty().bind(i18n.text("workspace.editor.open"));
        button.setOnAction(e -> open.run());
        // Before the language and theme switches, after the spacer.
        topBar.getChildren().add(topBar.getChildren().size() - 2, button);
        root.sceneProperty().subscribe(scene -> {
            if (scene != null) {
                scene.getAccelerators().put(EDITOR_KEYS, open);
            }
        });
    }

    /** The keys that open the layout editor, on the shell and on wall screens. */
    public static final KeyCombination EDITOR_KEYS =
            new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);

    /** Where a trainer's scenario controls go (the trainer's workspace shows it on the right). */
    public VBox scenarioPlace() {
        return scenarioPlace;
    }

    /** Ctrl+1 to Ctrl+6 show the screens (Cmd on macOS). */
    public void installShortcuts(Scene scene) {
        for (Screen screen : Screen.values()) {
            KeyCode digit = KeyCode.valueOf("DIGIT" + screen.shortcutDigit());
            KeyCode numpad = KeyCode.valueOf("NUMPAD" + screen.shortcutDigit());
            scene.getAccelerators()
                    .put(new KeyCodeCombination(digit, KeyCombination.SHORTCUT_DOWN), () -> vm.navigate(screen));
            scene.getAccelerators()
                    .put(new KeyCodeCombination(numpad, KeyCombination.SHORTCUT_DOWN), () -> vm.navigate(screen));
        }
    }

    private void showCurrent() {
        Node node = vm.openingProperty().get() == OpeningState.READY && screens != null
                ? built.computeIfAbsent(vm.screenProperty().get(), screens::create)
                : door != null ? door : opening;
        content.getChildren().setAll(node);
    }
}
