package org.iocconsole.console.app;

import java.util.Locale;

/**
 * Turns the exception of a window that could not open into one line for the terminal. JavaFX reports a missing
 * display as an {@code UnsupportedOperationException("Unable to open DISPLAY")} from deep inside its toolkit; a stack
 * trace of that tells IT staff nothing. Stateless.
 */
final class WindowFailure {
    private WindowFailure() {}

    /** The line to print, without the program's name. */
    static String describe(Throwable error) {
        String reason = innermostMessage(error);
        if (reason.toLowerCase(Locale.ROOT).contains("display")) {
            return "cannot open a window: no display is available (" + reason
                    + "). Start the console in a desktop session, or use --sync-once to sync without a window.";
        }
        if (reason.contains("GTK") || error instanceof UnsatisfiedLinkError) {
            return "cannot open a window: the system's graphics libraries are missing (" + reason
                    + "). Install GTK 3 (on Debian: libgtk-3-0), or use --sync-once to sync without a window.";
        }
        return "cannot open a window: " + reason + ". The log file has the details.";
    }

    private static String innermostMessage(Throwable error) {
        String message = null;
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                message = t.getMessage();
            }
        }
        return message == null
                ? error.getClass().getSimpleName()
                : message.strip().replace('\n', ' ');
    }
}
