package org.iocconsole.sync.demo;

import java.util.List;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;

/**
 * Random streams derived from the seed and a name, so that each generated thing depends only on the seed and its
 * own identity (never on what was generated before it or on which thread).
 */
final class DemoRandom {
    private DemoRandom() {}

    /** A stream for {@code domain} and the given parts, e.g. {@code of(seed, "report-day", day)}. */
    static SplittableRandom of(long seed, String domain, long... parts) {
        long h = mix(seed ^ 0x9E3779B97F4A7C15L);
        h = mix(h ^ domain.hashCode());
        for (long part : parts) {
            h = mix(h ^ (part * 0xC2B2AE3D27D4EB4FL));
        }
        return new SplittableRandom(h);
    }

    /** A stream for {@code domain} and a text key such as an id. */
    static SplittableRandom of(long seed, String domain, String key) {
        return of(seed, domain, key.hashCode(), key.length());
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    static <T> T pick(SplittableRandom random, List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    static boolean chance(SplittableRandom random, double probability) {
        return random.nextDouble() < probability;
    }

    /** A whole number from {@code from} to {@code to}, both included. */
    static int between(SplittableRandom random, int from, int to) {
        return from + random.nextInt(to - from + 1);
    }

    /** A Poisson-distributed count with the given mean (Knuth's method; means here stay small). */
    static int poisson(SplittableRandom random, double mean) {
        if (mean > 60) {
            return (int) Math.max(0, Math.round(mean + Math.sqrt(mean) * random.nextGaussian()));
        }
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        int count = 0;
        while (product > limit) {
            product *= random.nextDouble();
            count++;
        }
        return count;
    }

    /** Picks an item with probability proportional to its weight; weights are >= 0 and not all 0. */
    static <T> T weighted(SplittableRandom random, List<T> items, ToDoubleFunction<T> weight) {
        double total = 0;
        for (T item : items) {
            total += weight.applyAsDouble(item);
        }
        double target = random.nextDouble() * total;
        for (T item : items) {
            target -= weight.applyAsDouble(item);
            if (target < 0) {
                return item;
            }
        }
        return items.get(items.size() - 1);
    }
}
