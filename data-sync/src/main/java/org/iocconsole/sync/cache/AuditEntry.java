package org.iocconsole.sync.cache;

import java.time.Instant;

/** One line of the audit log: who did what to which target, and when. */
public record AuditEntry(long id, Instant at, String actor, String action, String targetId, String detail) {}
