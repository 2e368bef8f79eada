package org.iocconsole.sync.agent;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.iocconsole.sync.WritesToTerminal;
import org.iocconsole.sync.cache.CacheException;
import org.iocconsole.sync.config.ConfigException;
import org.iocconsole.sync.config.SourcesConfigLoader;
import org.iocconsole.sync.config.TokenResolver;
import org.iocconsole.sync.engine.SyncTiming;

/**
 * A headless sync agent: keeps a cache filled from a sources file without any window, for a server that fills the
 * cache a room of consoles reads, or a machine that prepares caches.
 *
 * <pre>
 * java -cp ... org.iocconsole.sync.agent.SyncAgentMain --sources FILE --cache DIR [--once]
 * </pre>
 *
 * <p>With {@code --once} it syncs every source once, sends what waits in the outbox, and exits 0 when all succeeded,
 * 1 when a source failed, 2 for a configuration or cache error. Without it, it runs until stopped.
 */
@WritesToTerminal("a command-line program: progress and errors go to the terminal")
public final class SyncAgentMain {
    private static final Duration OUTBOX_DRAIN = Duration.ofSeconds(30);

    private SyncAgentMain() {}

    public static void main(String[] args) throws InterruptedException {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(args, out, err));
    }

    static int run(String[] args, PrintWriter out, PrintWriter err) throws InterruptedException {
        String sources = null;
        String cache = null;
        boolean once = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--sources" -> sources = i + 1 < args.length ? args[++i] : null;
                case "--cache" -> cache = i + 1 < args.length ? args[++i] : null;
                case "--once" -> once = true;
                default -> {
                    err.println("sync-agent: unknown argument " + args[i]);
                    return 2;
                }
            }
        }
        if (sources == null || cache == null) {
            err.println("usage: sync-agent --sources FILE --cache DIR [--once]");
            return 2;
        }
        TerminalProgress terminal = new TerminalProgress(out, Clock.systemUTC());
        try (SyncAgent agent = SyncAgent.open(new SyncAgent.Settings(
                SourcesConfigLoader.load(Path.of(sources)),
                Path.of(cache),
                "live",
                Clock.systemUTC(),
                SyncTiming.defaults(),
                TokenResolver.fromSystemEnvironment(),
                "agent",
                terminal,
                event -> {},
                counts -> {}))) {
            agent.pusher().ifPresent(pusher -> pusher.start());
            if (once) {
                int status = terminal.summarize(agent.syncOnce());
                agent.pusher().ifPresent(pusher -> pusher.drain(OUTBOX_DRAIN));
                return status;
            }
            agent.words().wake();
            agent.engine().start();
            new CountDownLatch(1).await();
            return 0;
        } catch (ConfigException | CacheException e) {
            err.println("sync-agent: " + e.getMessage());
            return 2;
        }
    }
}
