package org.iocconsole.sync.scenario;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.iocconsole.sync.config.Problems;
import org.iocconsole.sync.config.YamlMapping;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** Reads typed values of a scenario file, adding a located problem for each that is wrong. Not thread-safe. */
final class Values {
    final Problems problems;

    Values(Problems problems) {
        this.problems = problems;
    }

    /** Adds a problem at the field's value (or at the block when the field is absent). */
    void problem(YamlMapping map, String key, String message) {
        problems.add(map.peek(key).orElse(map.owner()), map.field(key), message);
    }

    /** Adds the problem when {@code ok} is false; returns {@code ok}. */
    boolean check(boolean ok, YamlMapping map, String key, String message) {
        if (!ok) {
            problem(map, key, message);
        }
        return ok;
    }

    Optional<String> text(YamlMapping map, String key) {
        return map.text(key, map.value(key)).map(String::trim);
    }

    Optional<Duration> offset(String text, YamlMapping map, String key) {
        Optional<Duration> offset = ScenarioTime.parse(text);
        if (offset.isEmpty()) {
            problem(map, key, "\"" + text + "\" is not a time from the start (HH:MM or HH:MM:SS, such as 02:15)");
        }
        return offset;
    }

    Optional<Long> longValue(String text, YamlMapping map, String key) {
        try {
            return Optional.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            problem(map, key, "\"" + text + "\" is not a whole number");
            return Optional.empty();
        }
    }

    Optional<Double> number(String text, YamlMapping map, String key) {
        try {
            double value = Double.parseDouble(text);
            if (Double.isFinite(value)) {
                return Optional.of(value);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problem(map, key, "\"" + text + "\" is not a number");
        return Optional.empty();
    }

    /** A {vi: ..., en: ...} block; {@code vi} is required when the field is. */
    Scenario.Texts texts(YamlMapping map, String key, boolean required) {
        if (required) {
            map.requirePresent(key);
        }
        Optional<YamlMapping> block = map.child(key);
        if (block.isEmpty()) {
            return Scenario.Texts.NONE;
        }
        YamlMapping texts = block.get();
        texts.requirePresent("vi");
        String vi = text(texts, "vi").orElse("");
        String en = text(texts, "en").orElse("");
        texts.rejectUnknown();
        return new Scenario.Texts(vi, en);
    }

    /** An outline: a list of at least three {@code [lon, lat]} pairs. */
    List<double[]> polygon(YamlMapping map) {
        Optional<Node> node = map.required("polygon");
        List<double[]> points = new ArrayList<>();
        if (node.isEmpty()) {
            return points;
        }
        if (!(node.get() instanceof SequenceNode list) || list.getValue().size() < 3) {
            problem(map, "polygon", "must list at least three points, each [lon, lat]");
            return points;
        }
        for (int i = 0; i < list.getValue().size(); i++) {
            Node point = list.getValue().get(i);
            String path = map.field("polygon") + "[" + i + "]";
            double[] lonLat = lonLat(point);
            if (lonLat == null) {
                problems.add(point, path, "must be [lon, lat] with lon in -180..180 and lat in -90..90");
            } else {
                points.add(lonLat);
            }
        }
        return points;
    }

    private static double[] lonLat(Node point) {
        if (!(point instanceof SequenceNode pair) || pair.getValue().size() != 2) {
            return null;
        }
        double[] values = new double[2];
        for (int i = 0; i < 2; i++) {
            if (!(pair.getValue().get(i) instanceof ScalarNode scalar)) {
                return null;
            }
            try {
                values[i] = Double.parseDouble(scalar.getValue());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return Math.abs(values[0]) <= 180 && Math.abs(values[1]) <= 90 ? values : null;
    }
}
