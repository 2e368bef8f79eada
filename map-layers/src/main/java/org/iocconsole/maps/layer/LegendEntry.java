package org.iocconsole.maps.layer;

import javafx.scene.paint.Color;

/**
 * One row of a layer's legend: a colour and what it stands for. {@code key} is a category the console translates
 * ("overdue", "hospital"); a class of a choropleth gives its bounds instead, with a null key. Immutable.
 */
public record LegendEntry(Color color, String key, double from, double to) {

    public static LegendEntry category(Color color, String key) {
        return new LegendEntry(color, key, Double.NaN, Double.NaN);
    }
}
