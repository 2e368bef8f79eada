package org.iocconsole.sync.scenario;

/**
 * The control endpoint refused a control (a seek beyond the end, an invalid scenario) or could not be reached. The
 * message says why in words a trainer understands; for an invalid scenario it lists each problem's file, line and
 * field. The player keeps what it had.
 */
public final class ScenarioControlException extends Exception {
    private static final long serialVersionUID = 1L;

    public ScenarioControlException(String message) {
        super(message);
    }

    public ScenarioControlException(String message, Throwable cause) {
        super(message, cause);
    }
}
