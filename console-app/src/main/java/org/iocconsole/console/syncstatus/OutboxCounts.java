package org.iocconsole.console.syncstatus;

/**
 * How many operator actions wait in the outbox.
 *
 * @param pending waiting to be sent (or being retried)
 * @param conflicts refused by the server because the record changed meanwhile; an operator must decide
 * @param rejected refused for good (invalid or not allowed)
 */
public record OutboxCounts(long pending, long conflicts, long rejected) {

    public OutboxCounts {
        if (pending < 0 || conflicts < 0 || rejected < 0) {
            throw new IllegalArgumentException("a count is negative");
        }
    }
}
