package org.iocconsole.console.map;

import java.time.LocalDate;
import java.util.List;
import org.iocconsole.sync.cache.ReportLocation;
import org.iocconsole.sync.cache.UnitValue;
import org.iocconsole.sync.model.AdminUnit;
import org.iocconsole.sync.model.Camera;
import org.iocconsole.sync.model.Facility;
import org.iocconsole.sync.model.Indicator;
import org.iocconsole.sync.model.UnitChange;
import org.iocconsole.sync.model.UnitLevel;

/**
 * What the map screen reads from the cache. Every method blocks and is called off the FX thread; implementations are
 * thread-safe.
 */
public interface MapSource {

    /** The units of a level in force on a day; with their boundaries when asked (large). */
    List<AdminUnit> units(LocalDate day, UnitLevel level, boolean withGeometry);

    /** Every located citizen report. */
    List<ReportLocation> reports();

    List<Facility> facilities();

    List<Camera> cameras();

    /** The lineage of communes (old unit → new unit). */
    List<UnitChange> communeChanges();

    /** The lineage of provinces (old unit → new unit, such as the merges of 1 July 2025); none by default. */
    default List<UnitChange> provinceChanges() {
        return List.of();
    }

    /** Indicators reported for several units. */
    List<Indicator> indicators();

    /** The latest value of an indicator per unit. */
    List<UnitValue> latestValues(String indicatorCode);
}
