package org.iocconsole.bench;

import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import org.iocconsole.sync.WritesToTerminal;

/** {@code java -jar benchmarks.jar NAME} runs one benchmark; without a name it lists them. */
@WritesToTerminal("the benchmark jar is a command-line tool")
public final class BenchmarkMain {
    private static final List<Benchmark> BENCHMARKS = List.of(
            new IngestBenchmark(),
            new IncrementalBenchmark(),
            new StartupBenchmark(),
            new MapFrameBenchmark(),
            new MapHitBenchmark(),
            new QueueBenchmark(),
            new CameraWallBenchmark(),
            new DashboardRefreshBenchmark(),
            new IngestFloorBenchmark());

    private BenchmarkMain() {}

    public static void main(String[] args) throws Exception {
        PrintStream out = System.out;
        Optional<Benchmark> chosen = args.length >= 1
                ? BENCHMARKS.stream().filter(b -> b.name().equals(args[0])).findFirst()
                : Optional.empty();
        if (chosen.isEmpty()) {
            out.println("usage: java -jar benchmarks.jar NAME [ARGS]");
            BENCHMARKS.forEach(b -> out.println("  " + b.name() + "  " + b.description()));
            System.exit(args.length == 0 ? 0 : 2);
            return;
        }
        chosen.get().run(new Results(chosen.get().name(), out), List.of(args).subList(1, args.length));
        System.exit(0);
    }
}
