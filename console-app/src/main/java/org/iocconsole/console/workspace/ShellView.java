package org.iocconsole.console.workspace;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import javafx.beans.binding.StringBinding;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
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
    private final OpeningPane opening;
    private final Map<Screen, Node> built = new EnumMap<>(Screen.class);
    private ScreenFactory screens;
    private Node door;
    private final TopBar topBar;

    public ShellView(ShellViewModel vm, StatusBarViewModel status, I18n i18n, TimeTexts times, Path logDir) {
        this.vm = vm;
        this.i18n = i18n;
        // Before the first control exists: a control's class otherwise loads JavaFX's default stylesheet first, only
        // for the theme to replace it.
        vm.themeProperty().subscribe(theme -> Appearance.apply(root, theme));
        this.opening = new OpeningPane(vm, i18n, logDir);
        root.setId("shell");
        root.getStylesheets().add(STYLESHEET);
        root.getStyleClass().add("shell");
        content.getStyleClass().add("shell-content");
        this.topBar = new TopBar(vm, i18n);
        root.setTop(topBar);
        root.setLeft(new NavigationRail(vm, i18n));
        root.setCenter(withDemoMark(content, vm, i18n));
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
        Label mark = new Label();
        mark.setId("demo-watermark");
        mark.getStyleClass().add("demo-watermark");
        mark.textProperty().bind(i18n.text("shell.demo.mark"));
        mark.setMouseTransparent(true);
        mark.visibleProperty().bind(vm.demoProperty());
        StackPane.setAlignment(mark, Pos.TOP_CENTER);
        StackPane area = new StackPane(screens, mark);
        area.getStyleClass().add("shell-screen-area");
        return area;
    }

    /** Shows the trainer's controls of a drill under the top bar. */
    public void showTrainerControls(Node controls) {
        root.setTop(new VBox(topBar, controls));
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

    /** Ctrl+1 to Ctrl+5 show the screens (Cmd on macOS). */
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
