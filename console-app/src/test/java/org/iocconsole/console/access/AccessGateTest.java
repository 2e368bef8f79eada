package org.iocconsole.console.access;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.beans.binding.BooleanBinding;
import org.iocconsole.sync.access.LocalUser;
import org.iocconsole.sync.access.Permission;
import org.iocconsole.sync.access.Role;
import org.junit.jupiter.api.Test;

class AccessGateTest {

    @Test
    void aLeaderReadsAndAcknowledgesButDoesNotActOnReports() {
        AccessGate gate = AccessGate.signedIn(user(Role.LEADER), false);

        assertThat(gate.may(Permission.ACKNOWLEDGE_ALERTS)).isTrue();
        assertThat(gate.may(Permission.RUN_SYNC)).isTrue();
        assertThat(gate.refusalKey(Permission.ACT_ON_REPORTS)).contains(AccessGate.REFUSED_ROLE);
        assertThat(gate.refusalKey(Permission.MANAGE_USERS)).contains(AccessGate.REFUSED_ROLE);
        assertThat(gate.refusalKey(Permission.EXPORT_AUDIT)).contains(AccessGate.REFUSED_ROLE);
    }

    @Test
    void anOperatorActsAndOnlyAnAdministratorManagesUsers() {
        AccessGate operator = AccessGate.signedIn(user(Role.OPERATOR), false);
        AccessGate admin = AccessGate.signedIn(user(Role.ADMIN), false);

        assertThat(operator.may(Permission.ACT_ON_REPORTS)).isTrue();
        assertThat(operator.may(Permission.MANAGE_USERS)).isFalse();
        assertThat(admin.may(Permission.MANAGE_USERS)).isTrue();
        assertThat(admin.may(Permission.EXPORT_AUDIT)).isTrue();
    }

    @Test
    void aTrainerActsInADemoButNeverOnLiveSources() {
        AccessGate demo = AccessGate.signedIn(user(Role.TRAINER), true);
        AccessGate live = AccessGate.signedIn(user(Role.TRAINER), false);

        assertThat(demo.may(Permission.ACT_ON_REPORTS)).isTrue();
        assertThat(demo.may(Permission.CONTROL_SCENARIOS)).isTrue();
        assertThat(live.refusalKey(Permission.ACT_ON_REPORTS)).contains(AccessGate.REFUSED_TRAINER_LIVE);
        assertThat(live.refusalKey(Permission.ACKNOWLEDGE_ALERTS)).contains(AccessGate.REFUSED_TRAINER_LIVE);
    }

    @Test
    void nobodySignedInMayDoNothingAndTheBindingFollowsTheLogin() {
        AccessGate gate = new AccessGate(false);
        BooleanBinding acts = gate.allows(Permission.ACT_ON_REPORTS);

        assertThat(acts.get()).isFalse();
        assertThat(gate.refusalKey(Permission.RUN_SYNC)).contains(AccessGate.REFUSED_SIGNED_OUT);
        assertThat(gate.actor()).isEqualTo("unknown");
        gate.signIn(user(Role.OPERATOR));

        assertThat(acts.get()).isTrue();
        assertThat(gate.actor()).isEqualTo("minh");
    }

    @Test
    void onlyAnAdministratorChangesSettingsAndOnlyTrainersAndAdministratorsDriveDrillsAndEditLayouts() {
        for (Role role : Role.values()) {
            AccessGate gate = AccessGate.signedIn(user(role), true);
            assertThat(gate.may(Permission.CHANGE_SETTINGS)).as(role.name()).isEqualTo(role == Role.ADMIN);
            boolean drives = role == Role.TRAINER || role == Role.ADMIN;
            assertThat(gate.may(Permission.CONTROL_SCENARIOS)).as(role.name()).isEqualTo(drives);
            assertThat(gate.may(Permission.EDIT_LAYOUTS)).as(role.name()).isEqualTo(drives);
        }
    }

    @Test
    void aLeaderIsReadMostly() {
        AccessGate leader = AccessGate.signedIn(user(Role.LEADER), false);

        assertThat(java.util.Arrays.stream(Permission.values()).filter(leader::may))
                .containsExactlyInAnyOrder(Permission.ACKNOWLEDGE_ALERTS, Permission.RUN_SYNC, Permission.LEAVE_KIOSK);
    }

    private static LocalUser user(Role role) {
        return new LocalUser("minh", "Trần Minh", role);
    }
}
