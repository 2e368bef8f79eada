package org.iocconsole.sync.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Reads the bundled Vietnamese unit data ({@code vn/}, see its SOURCES.md). */
final class VnResources {
    private VnResources() {}

    static InputStream open(String name) {
        InputStream in = VnResources.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("missing resource " + name + " next to " + VnResources.class.getName());
        }
        return in;
    }

    static List<UnitRow> units() {
        return readCsv(
                "vn/admin-units.csv",
                11,
                f -> new UnitRow(f[0], f[1], f[2], f[3], f[4], f[5], f[6], emptyToNull(f[7]), date(f[8]), date(f[9])));
    }

    static List<UnitChangeRow> unitChanges() {
        return readCsv(
                "vn/admin-unit-changes-2025.csv",
                11,
                f -> new UnitChangeRow(
                        f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8], LocalDate.parse(f[9]), f[10]));
    }

    /** The features of a GeoJSON FeatureCollection. */
    static List<JsonNode> features(ObjectMapper mapper, String name) {
        try (InputStream in = open(name)) {
            JsonNode root = mapper.readTree(in);
            List<JsonNode> features = new ArrayList<>();
            root.get("features").forEach(features::add);
            return features;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }

    /** The files hold no quoted fields (checked when they were prepared), so a plain split is exact. */
    private static <T> List<T> readCsv(String name, int columns, Function<String[], T> row) {
        try (BufferedReader reader =
                new BufferedReader(new InputStreamReader(open(name), StandardCharsets.UTF_8), 1 << 16)) {
            List<T> rows = new ArrayList<>();
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isEmpty()) {
                    String[] fields = line.split(",", -1);
                    if (fields.length != columns) {
                        throw new IllegalStateException(name + ": expected " + columns + " fields: " + line);
                    }
                    rows.add(row.apply(fields));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }

    private static String emptyToNull(String text) {
        return text.isEmpty() ? null : text;
    }

    private static LocalDate date(String text) {
        return text.isEmpty() ? null : LocalDate.parse(text);
    }
}
