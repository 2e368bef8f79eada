package org.iocconsole.console.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.iocconsole.sync.access.Role;
import org.junit.jupiter.api.Test;

class KioskGateTest {
    private final AtomicInteger asked = new AtomicInteger();

    @Test
    void anOperatorsWallNeverClosesAndIsNotEvenAsked() {
        KioskGate gate = KioskGate.forUser(Role.OPERATOR, () -> asked.incrementAndGet() > 0);

        assertThat(gate.permitted()).isFalse();
        assertThat(gate.mayLeave()).isFalse();
        assertThat(asked).hasValue(0);
    }

    @Test
    void aLeaderOrTrainerLeavesOnlyAfterConfirming() {
        assertThat(KioskGate.forUser(Role.LEADER, () -> true).mayLeave()).isTrue();
        assertThat(KioskGate.forUser(Role.TRAINER, () -> true).mayLeave()).isTrue();
        assertThat(KioskGate.forUser(Role.LEADER, () -> false).mayLeave()).isFalse();
    }

    @Test
    void aSignedInUsersPermissionDecides() {
        assertThat(KioskGate.forUser(Role.ADMIN, () -> true).mayLeave()).isTrue();
        assertThat(KioskGate.forUser(Role.OPERATOR, () -> true).mayLeave()).isFalse();
        assertThat(KioskGate.forUser(Role.ADMIN, () -> false).mayLeave()).isFalse();
    }
}
