package org.iocconsole.console.access;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.iocconsole.console.common.I18n;
import org.iocconsole.sync.access.LocalUser;
import org.iocconsole.sync.access.Permission;

/**
 * The signed-in user's menu at the end of the top bar: who is signed in with which role, and the windows their role
 * opens (users, audit log, prepare for travel). FX thread only.
 */
public final class AccountMenu extends MenuButton {
    private static final double WINDOW_WIDTH = 980;
    private static final double WINDOW_HEIGHT = 620;

    /** Builds the content of a window when it opens. */
    @FunctionalInterface
    public interface WindowContent {
        Parent create();
    }

    private final I18n i18n;

    /**
     * @param users the users window, or null when the session offers none (a drill)
     * @param signOut ends the session and returns to the login, or null when no login is asked for
     */
    public AccountMenu(
            AccessGate gate,
            I18n i18n,
            WindowContent users,
            WindowContent audit,
            WindowContent travel,
            Runnable signOut) {
        this.i18n = i18n;
        setId("account-menu");
        getStyleClass().add("account-menu");
        textProperty().bind(i18n.compute(() -> label(gate.userProperty().get()), gate.userProperty()));
        MenuItem auditItem = item("account-audit", "access.menu.audit", audit);
        auditItem.visibleProperty().bind(gate.allows(Permission.EXPORT_AUDIT));
        MenuItem travelItem = item("account-travel", "access.menu.travel", travel);
        if (users != null) {
            MenuItem usersItem = item("account-users", "access.menu.users", users);
            usersItem.visibleProperty().bind(gate.allows(Permission.MANAGE_USERS));
            getItems().add(usersItem);
        }
        getItems().addAll(auditItem, travelItem);
        if (signOut != null) {
            MenuItem signOutItem = new MenuItem();
            signOutItem.setId("account-sign-out");
            signOutItem.textProperty().bind(i18n.text("access.menu.sign-out"));
            signOutItem.setOnAction(e -> signOut.run());
            getItems().addAll(new SeparatorMenuItem(), signOutItem);
        }
    }

    private MenuItem item(String id, String key, WindowContent content) {
        MenuItem item = new MenuItem();
        item.setId(id);
        item.textProperty().bind(i18n.text(key));
        item.setOnAction(e -> open(key, content.create()));
        return item;
    }

    private void open(String key, Parent content) {
        Stage stage = new Stage();
        stage.titleProperty().bind(i18n.text(key));
        Window owner = getScene() == null ? null : getScene().getWindow();
        if (owner != null) {
            stage.initOwner(owner);
            content.getStylesheets().addAll(getScene().getRoot().getStylesheets());
            getScene().getRoot().getStyleClass().stream()
                    .filter(c -> c.startsWith("theme-"))
                    .forEach(content.getStyleClass()::add);
        }
        stage.setScene(new Scene(content, WINDOW_WIDTH, WINDOW_HEIGHT));
        stage.show();
    }

    private String label(LocalUser user) {
        if (user == null) {
            return i18n.get("access.menu.signed-out");
        }
        String name = user.displayName() == null || user.displayName().isBlank() ? user.username() : user.displayName();
        return i18n.get("access.menu.user", name, UserAdminView.roleText(i18n, user.role()));
    }
}
