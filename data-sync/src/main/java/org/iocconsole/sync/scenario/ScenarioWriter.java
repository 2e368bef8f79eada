package org.iocconsole.sync.scenario;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Writes a {@link ScenarioDraft} as the YAML of docs/scenarios.md, which {@link ScenarioLoader} reads back to the same
 * events. Every text is written double-quoted with JSON escapes, so any character survives. Stateless.
 */
public final class ScenarioWriter {
    /** Scenarios are written for Vietnamese provinces: their start in Vietnam's offset reads naturally. */
    private static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);

    private ScenarioWriter() {}

    public static String yaml(ScenarioDraft draft) {
        StringBuilder out = new StringBuilder();
        out.append("version: ").append(ScenarioLoader.VERSION).append('\n');
        out.append("id: ").append(quote(draft.id())).append('\n');
        out.append("title: ").append(texts(draft.title())).append('\n');
        if (!draft.description().vi().isEmpty() || !draft.description().en().isEmpty()) {
            out.append("description: ").append(texts(draft.description())).append('\n');
        }
        out.append("province: ").append(quote(draft.province())).append('\n');
        out.append("start: ").append(draft.start().atOffset(VIETNAM)).append('\n');
        out.append("length: ")
                .append(quote(ScenarioTime.format(draft.length())))
                .append('\n');
        out.append("seed: ").append(draft.seed()).append('\n');
        out.append("events:\n");
        for (ScenarioDraft.Event event : draft.events()) {
            out.append("  - at: ").append(quote(event.at())).append('\n');
            out.append("    type: ").append(quote(event.type())).append('\n');
            Optional<ScenarioEventType> type = ScenarioEventType.of(event.type());
            List<ScenarioFields.Field> fields =
                    type.map(ScenarioFields.FIELDS::get).orElse(List.of());
            for (ScenarioFields.Field field : fields) {
                write(out, event, field);
            }
        }
        return out.toString();
    }

    private static void write(StringBuilder out, ScenarioDraft.Event event, ScenarioFields.Field field) {
        String name = field.name();
        if (field.bilingual()) {
            Scenario.Texts texts = new Scenario.Texts(
                    event.fields().get(name + ".vi"), event.fields().get(name + ".en"));
            if (!texts.vi().isEmpty() || !texts.en().isEmpty()) {
                out.append("    ")
                        .append(name)
                        .append(": ")
                        .append(texts(texts))
                        .append('\n');
            }
        } else if (name.equals("polygon")) {
            if (!event.polygon().isEmpty()) {
                out.append("    polygon:\n");
                for (double[] corner : event.polygon()) {
                    out.append(String.format(Locale.ROOT, "      - [%s, %s]%n", number(corner[0]), number(corner[1])));
                }
            }
        } else {
            String value = event.fields().get(name);
            if (value != null) {
                out.append("    ")
                        .append(name)
                        .append(": ")
                        .append(quote(value))
                        .append('\n');
            }
        }
    }

    private static String texts(Scenario.Texts texts) {
        return texts.en().isEmpty()
                ? "{vi: " + quote(texts.vi()) + "}"
                : "{vi: " + quote(texts.vi()) + ", en: " + quote(texts.en()) + "}";
    }

    private static String number(double value) {
        return Double.toString(value);
    }

    /** A YAML double-quoted scalar: JSON's escapes are YAML's. */
    static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
