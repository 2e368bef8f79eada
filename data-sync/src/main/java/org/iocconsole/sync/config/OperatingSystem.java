package org.iocconsole.sync.config;

import java.util.Locale;

/** The families of operating systems whose folder conventions {@link AppPaths} follows. */
public enum OperatingSystem {
    /** Linux and other Unix-like systems: the XDG base directories. */
    LINUX,
    WINDOWS,
    MAC;

    /** The family of a {@code os.name} value; anything unknown is treated as Unix-like. */
    public static OperatingSystem fromName(String osName) {
        String name = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
        if (name.startsWith("windows")) {
            return WINDOWS;
        }
        if (name.startsWith("mac") || name.startsWith("darwin")) {
            return MAC;
        }
        return LINUX;
    }

    /** The system this JVM runs on. */
    public static OperatingSystem current() {
        return fromName(System.getProperty("os.name"));
    }
}
