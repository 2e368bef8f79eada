package org.iocconsole.sync.config;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a source's bearer token comes from; never the token itself, so this is safe to print and log. Resolved at
 * request time by {@link TokenResolver}, so a rotated token is picked up without a restart. Immutable.
 */
public sealed interface TokenRef {

    /** A short description for messages: {@code environment variable IOC_REPORTS_TOKEN}. */
    String describe();

    /** The token is the value of an environment variable. */
    record FromEnv(String variable) implements TokenRef {
        public FromEnv {
            Objects.requireNonNull(variable, "variable");
        }

        @Override
        public String describe() {
            return "environment variable " + variable;
        }
    }

    /** The token is the content of a file (trimmed); a relative path was resolved against the sources file. */
    record FromFile(Path file) implements TokenRef {
        public FromFile {
            Objects.requireNonNull(file, "file");
        }

        @Override
        public String describe() {
            return "token file " + file;
        }
    }
}
