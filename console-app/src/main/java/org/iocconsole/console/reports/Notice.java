package org.iocconsole.console.reports;

import java.util.List;

/**
 * A message for the operator from the queue (an action refused, a filter saved), as a bundle key and its arguments;
 * the view translates it.
 *
 * @param error whether something went wrong
 */
public record Notice(String key, List<Object> args, boolean error) {

    public Notice {
        args = List.copyOf(args);
    }

    static Notice info(String key, Object... args) {
        return new Notice(key, List.of(args), false);
    }

    static Notice error(String key, Object... args) {
        return new Notice(key, List.of(args), true);
    }
}
