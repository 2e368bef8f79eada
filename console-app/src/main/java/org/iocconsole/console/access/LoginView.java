package org.iocconsole.console.access;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.iocconsole.console.common.I18n;

/**
 * The login form shown in the shell before the screens: user name and password (and, on a first start, the
 * administrator's name and the password again), a progress indicator while the password is checked, and the outcome.
 * FX thread only.
 */
public final class LoginView {
    private final StackPane root = new StackPane();

    public LoginView(LoginViewModel vm, I18n i18n) {
        boolean create = vm.mode() == LoginViewModel.Mode.CREATE_ADMIN;
        Label title = new Label();
        title.textProperty().bind(i18n.text(create ? "access.login.create-title" : "access.login.title"));
        title.getStyleClass().add("login-title");
        Label hint = new Label();
        hint.textProperty().bind(i18n.text(create ? "access.login.create-hint" : "access.login.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("login-hint");

        TextField user = new TextField();
        user.setId("login-user");
        user.promptTextProperty().bind(i18n.text("access.login.user"));
        user.textProperty().bindBidirectional(vm.usernameProperty());
        TextField fullName = new TextField();
        fullName.setId("login-display-name");
        fullName.promptTextProperty().bind(i18n.text("access.login.display-name"));
        fullName.textProperty().bindBidirectional(vm.displayNameProperty());
        PasswordField password = new PasswordField();
        password.setId("login-password");
        password.promptTextProperty().bind(i18n.text("access.login.password"));
        PasswordField confirm = new PasswordField();
        confirm.setId("login-confirm");
        confirm.promptTextProperty().bind(i18n.text("access.login.confirm"));

        Button submit = new Button();
        submit.setId("login-submit");
        submit.setDefaultButton(true);
        submit.textProperty().bind(i18n.text(create ? "access.login.create" : "access.login.submit"));
        submit.setOnAction(e -> {
            vm.submit(password.getText().toCharArray(), confirm.getText().toCharArray());
            password.clear();
            confirm.clear();
        });
        ProgressIndicator busy = new ProgressIndicator();
        busy.setId("login-busy");
        busy.setMaxSize(24, 24);
        busy.visibleProperty().bind(vm.busyProperty());

        Label message = new Label();
        message.setId("login-message");
        message.setWrapText(true);
        message.getStyleClass().add("login-message");
        message.textProperty()
                .bind(i18n.compute(() -> text(i18n, vm.messageProperty().get()), vm.messageProperty()));
        vm.messageProperty().subscribe(m -> {
            message.getStyleClass().remove("login-message-error");
            if (m != null && !"access.login.checking".equals(m.key())) {
                message.getStyleClass().add("login-message-error");
            }
        });

        VBox form = new VBox(title, hint, user);
        if (create) {
            form.getChildren().add(fullName);
        }
        form.getChildren().add(password);
        if (create) {
            form.getChildren().add(confirm);
        }
        form.getChildren().addAll(submit, busy, message);
        form.setAlignment(Pos.CENTER_LEFT);
        form.setMaxWidth(360);
        form.setSpacing(10);
        form.getStyleClass().add("login-form");
        form.disableProperty().bind(vm.busyProperty());
        root.setId("login");
        root.getChildren().add(form);
        root.getStyleClass().add("login");
    }

    public Node root() {
        return root;
    }

    private static String text(I18n i18n, LoginViewModel.Message message) {
        return message == null ? "" : i18n.get(message.key(), message.args().toArray());
    }
}
