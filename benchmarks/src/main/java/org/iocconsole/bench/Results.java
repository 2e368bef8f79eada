package org.iocconsole.bench;

import java.io.PrintStream;
import java.util.Locale;
import org.iocconsole.sync.WritesToTerminal;

/** Prints each figure as one line {@code RESULT NAME METRIC VALUE}, the value a plain number. */
@WritesToTerminal("benchmark figures are read from standard output")
final class Results {
    private final String benchmark;
    private final PrintStream out;

    Results(String benchmark, PrintStream out) {
        this.benchmark = benchmark;
        this.out = out;
    }

    void report(String metric, double value) {
        out.println("RESULT " + benchmark + " " + metric + " " + String.format(Locale.ROOT, "%.3f", value));
        out.flush();
    }

    /** A line of context (sizes, runs) that is not a figure. */
    void note(String text) {
        out.println("# " + benchmark + ": " + text);
        out.flush();
    }
}
