package org.iocconsole.sync.engine;

/** Told of rows that changed in the cache. Called on engine threads after commit; must be thread-safe. */
@FunctionalInterface
public interface ChangeListener {
    void onChange(ChangeEvent event);
}
