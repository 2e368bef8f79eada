package org.iocconsole.sync.outbox;

/** How many actions wait, and how many need the operator's attention. */
public record OutboxCounts(int pending, int conflicts, int rejected) {}
