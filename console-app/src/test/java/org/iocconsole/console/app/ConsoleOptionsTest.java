package org.iocconsole.console.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.iocconsole.console.common.Language;
import org.iocconsole.console.common.Theme;
import org.iocconsole.console.workspace.WindowLayout;
import org.iocconsole.sync.access.Role;
import org.junit.jupiter.api.Test;

/** Options built by name: a leader's window by default, every option kept by a copy, none required left out. */
class ConsoleOptionsTest {
    private static ConsoleOptions.Builder plain() {
        return ConsoleOptions.builder(Path.of("c"), Path.of("s.yaml"), Path.of("l"))
                .language(Language.VI)
                .theme(Theme.DARK);
    }

    @Test
    void aPlainConsoleIsALeadersWindowOnTheDefaultDemoProvince() {
        ConsoleOptions options = plain().build();

        assertThat(options.role()).isEqualTo(Role.LEADER);
        assertThat(options.layout()).isEqualTo(WindowLayout.WINDOW);
        assertThat(options.demoProvince()).isEqualTo(ConsoleOptions.DEFAULT_DEMO_PROVINCE);
        assertThat(options.demo()).isFalse();
        assertThat(options.scenario()).isNull();
        assertThat(options.settingsProblem()).isNull();
        assertThat(options.asksForLogin()).isFalse();
    }

    @Test
    void aCopyKeepsEveryOptionButTheOneChanged() {
        ConsoleOptions options = plain().demo(true)
                .demoProvince("48")
                .syncOnce(true)
                .exitAfterFirstFrame(true)
                .role(Role.TRAINER)
                .layout(WindowLayout.TRAINER)
                .settingsProblem("settings.yaml:3: role: unknown")
                .scenario("tai-nan-ql3")
                .loginRequired(true)
                .build();

        assertThat(options.toBuilder().build()).isEqualTo(options);
        ConsoleOptions encrypted = options.withEncryptedCache(true);
        assertThat(encrypted.encryptCache()).isTrue();
        assertThat(encrypted.withEncryptedCache(false)).isEqualTo(options);
    }

    @Test
    void aRequiredOptionLeftOutIsNamed() {
        assertThatThrownBy(() -> ConsoleOptions.builder(Path.of("c"), Path.of("s.yaml"), Path.of("l"))
                        .theme(Theme.DARK)
                        .build())
                .isInstanceOf(NullPointerException.class)
                .hasMessage("language");
        assertThatThrownBy(() -> plain().role(null).build()).hasMessage("role");
    }
}
