package org.iocconsole.bench;

import java.util.List;

/** One named benchmark of the jar: runs, then reports each figure through {@link Results}. */
interface Benchmark {

    /** The name given on the command line ({@code ingest}). */
    String name();

    /** What it measures, for the list printed without arguments. */
    String description();

    void run(Results results) throws Exception;

    /** Runs with the arguments given after the name; benchmarks without arguments ignore them. */
    default void run(Results results, List<String> args) throws Exception {
        run(results);
    }
}
