package org.iocconsole.sync.demo;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;

/** Picks among fixed items with fixed weights in O(log n). Immutable. */
final class WeightedChoice<T> {
    private final List<T> items;
    private final double[] cumulative;

    WeightedChoice(List<T> items, ToDoubleFunction<T> weight) {
        this.items = List.copyOf(items);
        this.cumulative = new double[items.size()];
        double total = 0;
        for (int i = 0; i < items.size(); i++) {
            total += Math.max(0, weight.applyAsDouble(items.get(i)));
            cumulative[i] = total;
        }
        if (total <= 0) {
            throw new IllegalArgumentException("every weight is 0");
        }
    }

    T pick(SplittableRandom random) {
        double target = random.nextDouble() * cumulative[cumulative.length - 1];
        int index = Arrays.binarySearch(cumulative, target);
        index = index >= 0 ? index + 1 : -index - 1;
        return items.get(Math.min(index, items.size() - 1));
    }
}
