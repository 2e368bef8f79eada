package org.iocconsole.sync.connector.actions;

import java.time.Duration;
import java.util.Objects;

/**
 * The classified answer to one pushed action. Immutable.
 *
 * @param httpStatus the answer's status, or 0 when there was no answer
 * @param message plain text for the operator (the server's message when it gave one); never a token
 * @param retryAfter the wait the server asked for ({@code Retry-After}), or null
 */
public record ActionResult(ActionOutcome outcome, int httpStatus, String message, Duration retryAfter) {

    public ActionResult {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(message, "message");
    }
}
