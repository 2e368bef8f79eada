package org.iocconsole.console.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WindowFailureTest {

    @Test
    void aMissingDisplayIsNamedWithTheWayOut() {
        String line = WindowFailure.describe(new UnsupportedOperationException("Unable to open DISPLAY"));

        assertThat(line)
                .startsWith("cannot open a window: no display is available (Unable to open DISPLAY)")
                .contains("--sync-once")
                .doesNotContain("\n");
    }

    @Test
    void missingGraphicsLibrariesAreNamed() {
        String line = WindowFailure.describe(new UnsupportedOperationException("Unable to load glass GTK library."));

        assertThat(line)
                .startsWith("cannot open a window: the system's graphics libraries are missing")
                .contains("libgtk-3-0");
    }

    @Test
    void otherFailuresGiveTheInnermostReasonOnOneLine() {
        RuntimeException error =
                new RuntimeException("Exception in Application start method", new IllegalStateException("no\nfonts"));

        assertThat(WindowFailure.describe(error))
                .isEqualTo("cannot open a window: no fonts. The log file has the details.");
    }

    @Test
    void aFailureWithoutMessageIsNamedByItsKind() {
        assertThat(WindowFailure.describe(new IllegalStateException()))
                .isEqualTo("cannot open a window: IllegalStateException. The log file has the details.");
    }
}
