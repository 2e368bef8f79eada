package org.iocconsole.console.access;

import java.time.Clock;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.iocconsole.console.common.Buttons;
import org.iocconsole.console.common.I18n;
import org.iocconsole.sync.access.Role;
import org.iocconsole.sync.access.UserAccount;

/**
 * The administrator's user screen: the accounts, a form to add one, and changes to the selected one. FX thread only.
 */
public final class UserAdminView {
    private final BorderPane root = new BorderPane();

    public UserAdminView(UserAdminViewModel vm, I18n i18n, Clock clock) {
        TableView<UserAccount> table = new TableView<>(vm.getAccounts());
        table.setId("users-table");
        table.getColumns()
                .add(column(i18n, "access.users.col.user", a -> a.user().username()));
        table.getColumns()
                .add(column(i18n, "access.users.col.name", a -> a.user().displayName()));
        table.getColumns()
                .add(column(
                        i18n,
                        "access.users.col.role",
                        a -> roleText(i18n, a.user().role())));
        table.getColumns()
                .add(column(
                        i18n,
                        "access.users.col.state",
                        a -> i18n.get(a.lockedAt(clock.instant()) ? "access.users.locked" : "access.users.open")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        TextField username = field("users-new-user", "access.login.user", i18n);
        TextField displayName = field("users-new-name", "access.login.display-name", i18n);
        ComboBox<Role> role = roles("users-new-role", i18n);
        PasswordField password = new PasswordField();
        password.setId("users-new-password");
        password.promptTextProperty().bind(i18n.text("access.login.password"));
        Button add = Buttons.button("users-add", i18n, "access.users.add");
        add.setOnAction(e -> {
            vm.add(
                    username.getText(),
                    displayName.getText(),
                    role.getValue(),
                    password.getText().toCharArray());
            password.clear();
        });
        HBox addRow = new HBox(8, username, displayName, role, password, add);

        ComboBox<Role> newRole = roles("users-set-role", i18n);
        Button setRole = Buttons.button("users-apply-role", i18n, "access.users.set-role");
        setRole.setOnAction(e -> selected(table, a -> {
            vm.setRole(a.user().username(), newRole.getValue());
            return null;
        }));
        PasswordField newPassword = new PasswordField();
        newPassword.setId("users-reset-password");
        newPassword.promptTextProperty().bind(i18n.text("access.users.new-password"));
        Button reset = Buttons.button("users-reset", i18n, "access.users.reset-password");
        reset.setOnAction(e -> {
            selected(table, a -> {
                vm.resetPassword(a.user().username(), newPassword.getText().toCharArray());
                return null;
            });
            newPassword.clear();
        });
        Button unlock = Buttons.button("users-unlock", i18n, "access.users.unlock");
        unlock.setOnAction(e -> selected(table, a -> {
            vm.unlock(a.user().username());
            return null;
        }));
        Button remove = Buttons.button("users-remove", i18n, "access.users.remove");
        remove.setOnAction(e -> selected(table, a -> {
            vm.remove(a.user().username());
            return null;
        }));
        for (Button b : new Button[] {setRole, reset, unlock, remove}) {
            b.disableProperty()
                    .bind(table.getSelectionModel().selectedItemProperty().isNull());
        }
        HBox changeRow = new HBox(8, newRole, setRole, newPassword, reset, unlock, remove);

        Label message = new Label();
        message.setId("users-message");
        message.setWrapText(true);
        message.textProperty()
                .bind(i18n.compute(
                        () -> vm.messageProperty().get() == null
                                ? ""
                                : i18n.get(
                                        vm.messageProperty().get().key(),
                                        vm.messageProperty().get().args().toArray()),
                        vm.messageProperty()));
        VBox forms = new VBox(8, addRow, changeRow, message);
        forms.getStyleClass().add("users-forms");
        root.setId("users");
        root.setCenter(table);
        root.setBottom(forms);
    }

    public Node root() {
        return root;
    }

    private static void selected(TableView<UserAccount> table, Function<UserAccount, Void> action) {
        UserAccount account = table.getSelectionModel().getSelectedItem();
        if (account != null) {
            action.apply(account);
        }
    }

    private static TextField field(String id, String key, I18n i18n) {
        TextField field = new TextField();
        field.setId(id);
        field.promptTextProperty().bind(i18n.text(key));
        return field;
    }

    private static ComboBox<Role> roles(String id, I18n i18n) {
        ComboBox<Role> box = new ComboBox<>();
        box.setId(id);
        box.getItems().setAll(Role.values());
        box.setValue(Role.OPERATOR);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(Role role) {
                return role == null ? "" : roleText(i18n, role);
            }

            @Override
            public Role fromString(String text) {
                return null;
            }
        });
        return box;
    }

    static String roleText(I18n i18n, Role role) {
        return i18n.get("access.role." + role.name().toLowerCase(Locale.ROOT));
    }

    private static TableColumn<UserAccount, String> column(I18n i18n, String key, Function<UserAccount, String> value) {
        TableColumn<UserAccount, String> column = new TableColumn<>();
        column.textProperty().bind(i18n.text(key));
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }
}
