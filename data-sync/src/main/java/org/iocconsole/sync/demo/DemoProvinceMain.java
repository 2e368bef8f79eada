package org.iocconsole.sync.demo;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the demo province headless until the process is stopped, e.g. for a sync agent or a console on another
 * machine's loopback tunnel: {@code --port 8311 --seed 42 --province 19 --speed 60}. Logs its URLs through SLF4J.
 * The main thread waits until the process is asked to stop; a shutdown hook closes the demo.
 */
public final class DemoProvinceMain {
    private static final Logger LOG = LoggerFactory.getLogger(DemoProvinceMain.class);

    private DemoProvinceMain() {}

    public static void main(String[] args) throws InterruptedException {
        DemoOptions options;
        try {
            options = parse(args);
        } catch (IllegalArgumentException e) {
            LOG.error(
                    "{}; usage: [--port N] [--seed N] [--province 19|20|48|68] [--speed X] [--token T]",
                    e.getMessage());
            System.exit(2);
            return;
        }
        DemoProvince demo = DemoProvince.start(options);
        LOG.info("API:     {}", demo.apiUrl());
        LOG.info("Open311: {}", demo.open311Url());
        LOG.info("items:   {}", demo.itemCounts());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            demo.close();
                            stopped.countDown();
                        },
                        "demo-province-shutdown"));
        stopped.await();
    }

    static DemoOptions parse(String[] args) {
        DemoOptions options = DemoOptions.defaults();
        double speed = 1;
        for (int i = 0; i < args.length; i++) {
            String flag = args[i];
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(flag + " needs a value");
            }
            String value = args[++i];
            try {
                switch (flag) {
                    case "--port" -> options = options.withPort(Integer.parseInt(value));
                    case "--seed" -> options = options.withSeed(Long.parseLong(value));
                    case "--province" -> options = options.withProvince(value);
                    case "--speed" -> speed = Double.parseDouble(value);
                    case "--token" -> options = options.withToken(value);
                    default -> throw new IllegalArgumentException("unknown flag " + flag);
                }
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(flag + " needs a number, not \"" + value + "\"", e);
            }
        }
        return options.withClock(VirtualClock.running(Instant.now().truncatedTo(ChronoUnit.SECONDS), speed));
    }
}
