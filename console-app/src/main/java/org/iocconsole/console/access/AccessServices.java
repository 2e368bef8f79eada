package org.iocconsole.console.access;

import org.iocconsole.sync.access.LocalUsers;
import org.iocconsole.sync.cache.AuditLog;

/** What the user administration and the audit viewer need of the data side. Blocking; used off the FX thread. */
public record AccessServices(LocalUsers users, AuditLog audit) {}
