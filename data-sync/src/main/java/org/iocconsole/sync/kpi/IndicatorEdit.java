package org.iocconsole.sync.kpi;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.iocconsole.sync.model.Indicator;

/**
 * The local values of an indicator's catalog entry; a null field keeps the synced value. Immutable.
 *
 * @param unit the unit shown with its figures (a label: figures are never converted)
 */
public record IndicatorEdit(
        String code,
        String nameVi,
        String nameEn,
        String unit,
        Indicator.Direction direction,
        Double target,
        Double warning,
        Double critical) {

    public IndicatorEdit {
        Objects.requireNonNull(code, "code");
    }

    /** No local value at all. */
    public static IndicatorEdit none(String code) {
        return new IndicatorEdit(code, null, null, null, null, null, null, null);
    }

    public boolean isEmpty() {
        return equals(none(code));
    }

    /** These values over the synced entry's: what the dashboards use. */
    public Indicator over(Indicator synced) {
        return new Indicator(
                synced.code(),
                nameVi == null ? synced.nameVi() : nameVi,
                nameEn == null ? synced.nameEn() : nameEn,
                synced.category(),
                unit == null ? synced.unit() : unit,
                direction == null ? synced.direction() : direction,
                synced.periodicity(),
                target == null ? synced.target() : target,
                warning == null ? synced.warning() : warning,
                critical == null ? synced.critical() : critical,
                synced.updatedAt(),
                synced.aggregation());
    }

    /**
     * What keeps the entry these values make over {@code synced} from being saved, as message keys: a blank
     * Vietnamese name, a number that is not finite, or levels in the wrong order for the direction (a higher-better
     * indicator warns below its target and is critical further below; a lower-better one the other way round).
     */
    public List<String> problems(Indicator synced) {
        List<String> problems = new ArrayList<>();
        if (nameVi != null && nameVi.isBlank()) {
            problems.add("catalog.problem.name");
        }
        if (unit != null && unit.length() > 32) {
            problems.add("catalog.problem.unit");
        }
        for (Double value : new Double[] {target, warning, critical}) {
            if (value != null && !Double.isFinite(value)) {
                problems.add("catalog.problem.number");
                return problems;
            }
        }
        Indicator merged = over(synced);
        boolean higher = merged.direction() == Indicator.Direction.HIGHER_BETTER;
        if (outOfOrder(merged.target(), merged.warning(), higher)
                || outOfOrder(merged.warning(), merged.critical(), higher)
                || outOfOrder(merged.target(), merged.critical(), higher)) {
            problems.add(higher ? "catalog.problem.order.higher" : "catalog.problem.order.lower");
        }
        return problems;
    }

    /** Whether {@code worse} is on the good side of {@code better}. */
    private static boolean outOfOrder(Double better, Double worse, boolean higherBetter) {
        if (better == null || worse == null) {
            return false;
        }
        return higherBetter ? worse > better : worse < better;
    }
}
