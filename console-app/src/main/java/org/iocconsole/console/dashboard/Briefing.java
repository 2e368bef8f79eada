package org.iocconsole.console.dashboard;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A leader briefing as text, composed in the user's language on the FX thread and written to PDF off it. Immutable.
 *
 * @param header lines under the title: area, period, lineage, when it was made
 * @param figures one row per indicator: name, then value and details
 * @param alerts one line per open alert
 */
public record Briefing(
        String title,
        List<String> header,
        String figuresHeading,
        List<Row> figures,
        String alertsHeading,
        List<String> alerts) {

    /** One indicator of the briefing. */
    public record Row(String name, String value, List<String> details) {
        public Row {
            details = List.copyOf(details);
        }
    }

    public Briefing {
        header = List.copyOf(header);
        figures = List.copyOf(figures);
        alerts = List.copyOf(alerts);
    }

    /** The briefing of a board read, in the language of {@code texts}. */
    public static Briefing of(BoardData data, TileTexts texts, String title, List<String> header, String[] headings) {
        List<Row> rows = new ArrayList<>();
        Map<String, String> names = new HashMap<>();
        for (TileData tile : data.tiles()) {
            names.put(tile.entry().code(), texts.name(tile));
            List<String> details = new ArrayList<>();
            for (String line : new String[] {
                texts.target(tile), texts.vsPrevious(tile), texts.vsLastYear(tile), texts.asOf(tile), texts.notes(tile)
            }) {
                if (!line.isEmpty()) {
                    details.addAll(List.of(line.split("\n")));
                }
            }
            rows.add(new Row(texts.name(tile), texts.value(tile), details));
        }
        List<String> alerts = new ArrayList<>();
        data.alerts().forEach(a -> alerts.add(texts.severity(a) + ": " + texts.alert(a, names.get(a.subject()))));
        return new Briefing(title, header, headings[0], rows, headings[1], alerts);
    }
}
