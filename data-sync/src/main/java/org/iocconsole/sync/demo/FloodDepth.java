package org.iocconsole.sync.demo;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The values of the flooding service's {@code depth} attribute, in order. */
final class FloodDepth {
    private FloodDepth() {}

    static final Map<String, String> VALUES = values();

    private static Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("ankle", "Ngập mắt cá");
        values.put("knee", "Ngập đầu gối");
        values.put("waist", "Ngập ngang hông");
        values.put("above_waist", "Ngập quá hông");
        return Collections.unmodifiableMap(values);
    }
}
