package org.iocconsole.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cold start to the first frame of the shell, with a cache already filled, against a minimal JavaFX window, each a
 * fresh JVM from this jar, run in turn. Without a display the two run on the headless Monocle platform.
 */
final class StartupBenchmark implements Benchmark {
    private static final int RUNS = 7;
    /**
     * Filling the cache is not measured, only awaited: on a busy machine a full sync of the demo province takes
     * minutes, more than the five the benchmark first allowed.
     */
    private static final int FILL_TIMEOUT_SECONDS = 900;
    /** The line of {@code -XX:+CITime}'s summary with the compilers' total. */
    private static final Pattern COMPILATION_TIME = Pattern.compile("Total compilation time\\s*:\\s*([0-9.]+) s");

    @Override
    public String name() {
        return "startup";
    }

    @Override
    public String description() {
        return "ratio_to_minimal_fx: console start to first frame vs a minimal JavaFX window (also console_ms, minimal_ms,"
                + " and the JIT's CPU time in each)";
    }

    @Override
    public void run(Results results) throws Exception {
        Path work = Files.createTempDirectory("ioc-bench-startup");
        try {
            List<String> console = console(work);
            int filled = run(withArgs(console, "--sync-once"), FILL_TIMEOUT_SECONDS, ProcessBuilder.Redirect.DISCARD);
            if (filled != 0) {
                throw new IllegalStateException("filling the cache failed with status " + filled);
            }
            List<String> minimal = java(MinimalFxWindow.class.getName());
            List<String> firstFrame = withArgs(console, "--exit-after-first-frame");
            results.note((System.getenv("DISPLAY") == null ? "headless Monocle" : "display " + System.getenv("DISPLAY"))
                    + ", " + RUNS + " runs each, in turn");
            // As installed: each program with a class-data archive of its own start, made by one training run.
            Path consoleArchive = work.resolve("console.jsa");
            Path minimalArchive = work.resolve("minimal.jsa");
            time(withArchive(firstFrame, "-XX:ArchiveClassesAtExit=" + consoleArchive));
            time(withArchive(minimal, "-XX:ArchiveClassesAtExit=" + minimalArchive));
            double[] shipped = compare(
                    withArchive(firstFrame, "-XX:SharedArchiveFile=" + consoleArchive),
                    withArchive(minimal, "-XX:SharedArchiveFile=" + minimalArchive));
            double[] plain = compare(firstFrame, minimal);
            results.report("console_ms", shipped[0]);
            results.report("minimal_ms", shipped[1]);
            results.report("ratio_to_minimal_fx", shipped[2]);
            results.report("console_without_archive_ms", plain[0]);
            results.report("minimal_without_archive_ms", plain[1]);
            results.report("ratio_without_archives", plain[2]);
            // Where the difference goes: on two cores the JIT compilers' threads take their time from the window's.
            results.report(
                    "console_jit_cpu_ms",
                    compileMillis(withArchive(firstFrame, "-XX:SharedArchiveFile=" + consoleArchive)));
            results.report(
                    "minimal_jit_cpu_ms",
                    compileMillis(withArchive(minimal, "-XX:SharedArchiveFile=" + minimalArchive)));
        } finally {
            BenchFiles.delete(work);
        }
    }

    /** Medians of the console's time, the minimal window's and their ratio, run in turn after one warm-up each. */
    private static double[] compare(List<String> console, List<String> minimal)
            throws IOException, InterruptedException {
        time(console);
        time(minimal);
        double[] consoleMs = new double[RUNS];
        double[] minimalMs = new double[RUNS];
        double[] ratios = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            consoleMs[i] = time(console);
            minimalMs[i] = time(minimal);
            ratios[i] = consoleMs[i] / minimalMs[i];
        }
        return new double[] {
            IngestBenchmark.median(consoleMs), IngestBenchmark.median(minimalMs), IngestBenchmark.median(ratios)
        };
    }

    /** The command with a JVM option put before the class path. */
    private static List<String> withArchive(List<String> command, String option) {
        List<String> extended = new ArrayList<>(command);
        extended.add(1, option);
        return extended;
    }

    private static List<String> console(Path work) {
        return java(
                "org.iocconsole.console.app.Launcher",
                "--cache",
                work.resolve("cache").toString(),
                "--sources",
                work.resolve("no-sources.yaml").toString(),
                "--log-dir",
                work.resolve("logs").toString());
    }

    private static List<String> java(String mainClass, String... args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dprism.order=sw",
                "-Djavafx.cachedir=" + System.getProperty("java.io.tmpdir") + "/ioc-bench-javafx"));
        if (System.getenv("DISPLAY") == null) {
            command.addAll(List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless"));
        }
        command.addAll(List.of("-cp", jar(), mainClass));
        command.addAll(List.of(args));
        return command;
    }

    private static List<String> withArgs(List<String> command, String arg) {
        List<String> extended = new ArrayList<>(command);
        extended.add(arg);
        return extended;
    }

    private static String jar() {
        return Path.of(System.getProperty("java.class.path")).toAbsolutePath().toString();
    }

    /** The JIT compilers' time in one run of the command, as the JVM counts it at exit. */
    private static double compileMillis(List<String> command) throws IOException, InterruptedException {
        Path out = Files.createTempFile("ioc-bench-jit", ".txt");
        try {
            succeed(withArchive(command, "-XX:+CITime"), ProcessBuilder.Redirect.to(out.toFile()));
            Matcher total = COMPILATION_TIME.matcher(Files.readString(out));
            if (!total.find()) {
                throw new IllegalStateException("the JVM printed no compilation time");
            }
            return Double.parseDouble(total.group(1)) * 1000;
        } finally {
            Files.deleteIfExists(out);
        }
    }

    /** Wall time of the whole process in milliseconds. */
    private static double time(List<String> command) throws IOException, InterruptedException {
        long start = System.nanoTime();
        succeed(command, ProcessBuilder.Redirect.DISCARD);
        return (System.nanoTime() - start) / 1e6;
    }

    /** Runs a start of a program, which must end within a minute with status 0. */
    private static void succeed(List<String> command, ProcessBuilder.Redirect output)
            throws IOException, InterruptedException {
        int status = run(command, 60, output);
        if (status != 0) {
            throw new IllegalStateException(command.get(command.size() - 1) + " exited with " + status);
        }
    }

    private static int run(List<String> command, int timeoutSeconds, ProcessBuilder.Redirect output)
            throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command)
                .redirectOutput(output)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("timed out: " + command);
        }
        return process.exitValue();
    }
}
