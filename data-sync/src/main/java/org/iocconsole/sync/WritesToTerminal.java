package org.iocconsole.sync;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the few classes allowed to write to standard output or error (command-line front ends); everything else
 * logs through SLF4J. The architecture tests check this.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface WritesToTerminal {
    /** Why this class prints. */
    String value();
}
