package org.iocconsole.console.dashboard;

import java.time.Clock;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.iocconsole.console.access.AccessGate;
import org.iocconsole.console.access.GatedControls;
import org.iocconsole.console.common.I18n;
import org.iocconsole.sync.access.Permission;
import org.iocconsole.sync.kpi.CatalogEntry;

/**
 * The buttons that open the dashboard composer, the catalog editor and the alert rule editor, each in a window of its
 * own over the console's. FX thread only.
 */
public final class DashboardEditors {
    private static final String STYLESHEET =
            DashboardEditors.class.getResource("overview.css").toExternalForm();

    private final DashboardServices services;
    private final AlertNotifications notifications;
    private final Supplier<Set<String>> sources;
    private final I18n i18n;
    private final Clock clock;
    private final String actor;
    private final Executor background;
    private final Executor fx;
    private final HBox bar = new HBox();
    private final Node composerButton;
    private final Node catalogButton;
    private final Node rulesButton;

    /** @param sources the ids of the configured sources; blocking, run off the FX thread */
    public DashboardEditors(
            DashboardServices services,
            AlertNotifications notifications,
            Supplier<Set<String>> sources,
            I18n i18n,
            Clock clock,
            String actor,
            Executor background,
            Executor fx) {
        this.services = services;
        this.notifications = notifications;
        this.sources = sources;
        this.i18n = i18n;
        this.clock = clock;
        this.actor = actor;
        this.background = background;
        this.fx = fx;
        EditorForms forms = new EditorForms(i18n);
        bar.getStyleClass().add("kpi-toolbar");
        composerButton = forms.button(
                "open-composer", "dashboard.compose.open", () -> open("dashboard.compose.title", composer()));
        catalogButton = forms.button("open-catalog", "catalog.open", () -> open("catalog.title", catalog()));
        rulesButton = forms.button("open-rules", "rules.open", () -> open("rules.title", rules()));
        bar.getChildren().addAll(composerButton, catalogButton, rulesButton);
    }

    /**
     * Lets only the roles that may open the editors: dashboards are layouts (trainers and administrators), the
     * catalog and the alert rules are the console's settings (administrators). A refused button says why.
     */
    public void gate(AccessGate gate) {
        GatedControls.gate(composerButton, gate, Permission.EDIT_LAYOUTS, i18n);
        GatedControls.gate(catalogButton, gate, Permission.CHANGE_SETTINGS, i18n);
        GatedControls.gate(rulesButton, gate, Permission.CHANGE_SETTINGS, i18n);
    }

    public Parent bar() {
        return bar;
    }

    Parent composer() {
        DashboardComposerViewModel vm =
                new DashboardComposerViewModel(services.dashboards(), services::catalog, clock, actor, background, fx);
        vm.start();
        return new DashboardComposerView(vm, i18n).root();
    }

    Parent catalog() {
        CatalogEditorViewModel vm = new CatalogEditorViewModel(services.settings(), clock, actor, background, fx);
        vm.start();
        return new CatalogEditorView(vm, i18n).root();
    }

    Parent rules() {
        AlertRuleEditorViewModel vm = new AlertRuleEditorViewModel(
                services.alerts(),
                () -> {
                    Set<String> codes = new HashSet<>();
                    services.catalog().stream().map(CatalogEntry::code).forEach(codes::add);
                    return codes;
                },
                sources,
                clock,
                background,
                fx);
        vm.start();
        return new AlertRuleEditorView(vm, notifications.soundProperty(), i18n).root();
    }

    private void open(String titleKey, Parent content) {
        Stage stage = new Stage();
        Window owner = bar.getScene() == null ? null : bar.getScene().getWindow();
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.titleProperty().bind(i18n.text(titleKey));
        Scene scene = new Scene(content, 980, 640);
        scene.getStylesheets().add(STYLESHEET);
        if (owner != null) {
            scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
        stage.show();
    }
}
