package org.iocconsole.console.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.iocconsole.console.access.AccessGate;
import org.iocconsole.console.access.GatedControls;
import org.iocconsole.console.common.I18n;
import org.iocconsole.console.common.Language;
import org.iocconsole.sync.access.LocalUser;
import org.iocconsole.sync.access.Role;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The editors of what every console shows: dashboards for the roles that edit layouts, the catalog and the alert rules
 * for administrators; a leader reads and is told why the buttons are off.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class EditorGatesViewTest {
    private final AccessGate gate = new AccessGate(false);
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        // The editors open windows only when clicked: their services are never reached here.
        DashboardEditors editors = new DashboardEditors(
                null, null, Set::of, new I18n(Language.EN), Clock.systemUTC(), "lan", Runnable::run, Runnable::run);
        stage.setScene(new Scene(editors.bar(), 600, 100));
        editors.gate(gate);
        stage.show();
    }

    @Test
    void aLeaderMayOpenNoEditorAndIsToldWhy(FxRobot robot) {
        robot.interact(() -> gate.signIn(new LocalUser("lan", "Lan", Role.LEADER)));

        for (String id : new String[] {"#open-composer", "#open-catalog", "#open-rules"}) {
            Node button = robot.lookup(id).query();
            assertThat(button.isDisabled()).as(id).isTrue();
            assertThat(GatedControls.reasonOf(button)).as(id).isEqualTo("Your role may not do this.");
        }
    }

    @Test
    void aTrainerComposesDashboardsButOnlyAnAdministratorChangesTheSettings(FxRobot robot) {
        robot.interact(() -> gate.signIn(new LocalUser("thu", "Thu", Role.TRAINER)));

        assertThat(robot.lookup("#open-composer").query().isDisabled()).isFalse();
        assertThat(robot.lookup("#open-catalog").query().isDisabled()).isTrue();
        assertThat(robot.lookup("#open-rules").query().isDisabled()).isTrue();

        robot.interact(() -> gate.signIn(new LocalUser("root", "Root", Role.ADMIN)));

        for (String id : new String[] {"#open-composer", "#open-catalog", "#open-rules"}) {
            assertThat(robot.lookup(id).query().isDisabled()).as(id).isFalse();
            assertThat(GatedControls.reasonOf(robot.lookup(id).query())).as(id).isEmpty();
        }
    }
}
