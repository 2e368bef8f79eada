package org.iocconsole.sync.access;

/** A local user as the console sees it after login; the password hash never leaves the repository. */
public record LocalUser(String username, String displayName, Role role) {}
