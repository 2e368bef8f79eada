package org.iocconsole.console.dashboard;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.iocconsole.console.common.I18n;
import org.iocconsole.console.common.Language;
import org.iocconsole.console.common.ProvinceAlertTexts;
import org.iocconsole.console.common.TimeTexts;
import org.iocconsole.sync.alert.Alert;
import org.iocconsole.sync.kpi.Change;
import org.iocconsole.sync.kpi.Figure;
import org.iocconsole.sync.kpi.KpiReading;
import org.iocconsole.sync.kpi.Note;
import org.iocconsole.sync.kpi.Window;
import org.iocconsole.sync.model.UnitChange;

/**
 * The texts of KPI figures in the current language: values with their unit, targets, changes, caveats, periods,
 * lineage and alerts. Used by the board and the briefing. FX thread only (follows the language of {@link I18n}).
 */
public final class TileTexts {
    private final I18n i18n;
    private final TimeTexts times;

    public TileTexts(I18n i18n, ZoneId zone) {
        this.i18n = i18n;
        this.times = new TimeTexts(i18n, zone);
    }

    public boolean english() {
        return i18n.getLanguage() == Language.EN;
    }

    /** A figure with its unit ("97,4 %"), or "no data". */
    public String value(Double value, String unit) {
        if (value == null) {
            return i18n.get("kpi.none");
        }
        return unit == null || unit.isBlank() ? i18n.get("kpi.value", value) : i18n.get("kpi.value.unit", value, unit);
    }

    public String value(TileData tile) {
        return value(tile.reading().current().value(), tile.entry().indicator().unit());
    }

    public String name(TileData tile) {
        return tile.entry().name(english());
    }

    /** "Target: 98 %" (for the window), or empty without a target. */
    public String target(TileData tile) {
        KpiReading reading = tile.reading();
        if (reading.thresholds().target() == null) {
            return "";
        }
        if (reading.targetZero()) {
            return i18n.get("kpi.target.zero");
        }
        return i18n.get(
                "kpi.target",
                reading.thresholds().target(),
                tile.entry().indicator().unit(),
                reading.attainment());
    }

    public String vsPrevious(TileData tile) {
        return change(
                "kpi.change.previous",
                tile.reading().vsPrevious(),
                tile.entry().indicator().unit());
    }

    public String vsLastYear(TileData tile) {
        return change(
                "kpi.change.year",
                tile.reading().vsLastYear(),
                tile.entry().indicator().unit());
    }

    private String change(String key, Change change, String unit) {
        if (change.difference() == null) {
            return i18n.get(key + ".none");
        }
        if (change.inPoints()) {
            return i18n.get(key + ".points", change.difference());
        }
        if (change.percent() == null) {
            return i18n.get(key + ".difference", change.difference(), unit == null ? "" : unit);
        }
        return i18n.get(key + ".percent", change.percent());
    }

    /** The caveats of a tile, one line each; empty when there are none. */
    public String notes(TileData tile) {
        List<String> lines = new ArrayList<>();
        Figure current = tile.reading().current();
        for (Note note : current.notes()) {
            lines.add(note(note, current, tile));
        }
        if (tile.entry().unitChangedFrom() != null && !current.has(Note.UNIT_CHANGED)) {
            lines.add(note(Note.UNIT_CHANGED, current, tile));
        }
        return String.join("\n", lines);
    }

    private String note(Note note, Figure figure, TileData tile) {
        String key = "kpi.note." + note.name().toLowerCase(Locale.ROOT).replace('_', '-');
        return switch (note) {
            case MISSING_PERIODS -> i18n.get(key, figure.periodsWithData(), figure.periodsExpected());
            case UNIT_CHANGED ->
                i18n.get(
                        key,
                        String.valueOf(tile.entry().previousUnit()),
                        String.valueOf(tile.entry().indicator().unit()),
                        String.valueOf(tile.entry().unitChangedFrom()));
            default -> i18n.get(key);
        };
    }

    public String asOf(TileData tile) {
        return tile.asOf() == null ? i18n.get("kpi.asof.none") : i18n.get("kpi.asof", times.absolute(tile.asOf()));
    }

    /** "Tháng 10/2026", "Quý 4/2026", "Năm 2026", "Lũy kế đến tháng 10/2026". */
    public String window(Window window) {
        String key =
                "kpi.window." + window.view().name().toLowerCase(Locale.ROOT).replace('_', '-');
        int quarter = (window.first().getMonthValue() - 1) / 3 + 1;
        return i18n.get(
                key,
                String.valueOf(window.last().getMonthValue()),
                String.valueOf(window.last().getYear()),
                String.valueOf(quarter));
    }

    /** How the area was formed in the reform: "Tỉnh Bắc Kạn + Tỉnh Thái Nguyên → … (01/07/2025)". */
    public String lineage(List<UnitChange> rows) {
        if (rows.isEmpty()) {
            return "";
        }
        List<String> olds = new ArrayList<>();
        for (UnitChange row : rows) {
            String name = row.oldName() == null ? row.oldCode() : row.oldName();
            olds.add(row.relation() == UnitChange.Relation.PARTIAL ? i18n.get("kpi.lineage.partial", name) : name);
        }
        UnitChange first = rows.get(0);
        return i18n.get(
                "kpi.lineage",
                String.join(" + ", olds),
                first.newName() == null ? first.newCode() : first.newName(),
                times.date(first.effectiveDate()));
    }

    /** One line describing an alert. */
    public String alert(Alert alert, String indicatorName) {
        String key = "kpi.alert." + alert.kind().wireName().replace('_', '-');
        double observed = alert.observed() == null ? Double.NaN : alert.observed();
        double threshold = alert.threshold() == null ? Double.NaN : alert.threshold();
        String subject = alert.subject() == null ? "" : alert.subject();
        return switch (alert.kind()) {
            case INDICATOR -> i18n.get(key, indicatorName == null ? subject : indicatorName, observed, threshold);
            case NOTICE -> ProvinceAlertTexts.full(i18n, alert);
            case SOURCE_STALE ->
                alert.observed() == null
                        ? i18n.get(key + ".never", subject)
                        : i18n.get(key, subject, observed, threshold);
            default -> i18n.get(key, observed, threshold);
        };
    }

    public String severity(Alert alert) {
        return i18n.get("kpi.severity." + alert.severity().wireName());
    }

    public String onTime(Figure figure) {
        return figure == null || figure.value() == null
                ? i18n.get("kpi.ontime.none")
                : i18n.get("kpi.ontime", figure.value());
    }
}
