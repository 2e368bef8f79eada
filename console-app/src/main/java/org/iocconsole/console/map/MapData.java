package org.iocconsole.console.map;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.iocconsole.maps.feature.PointFeature;
import org.iocconsole.maps.feature.WeightedPoint;
import org.iocconsole.maps.geo.AreaIndex;
import org.iocconsole.maps.geo.PointClusters;
import org.iocconsole.sync.cache.ReportLocation;
import org.iocconsole.sync.model.AdminUnit;
import org.iocconsole.sync.model.Camera;
import org.iocconsole.sync.model.Facility;

/**
 * One read of the map's data, already turned into what the layers take (indexes, clusters) off the FX thread, plus the
 * cache rows the details panel shows by id. Immutable.
 *
 * @param day the day the units are in force on
 * @param provinces the provinces in force on that day, with outlines
 * @param communes the communes in force on that day that have an outline, and the areas of {@code formerAreas}
 * @param formerAreas for a day before a reform, the outlines of later communes standing in for the communes of the day
 *     that have none, by feature id; empty otherwise
 */
record MapData(
        LocalDate day,
        AreaIndex provinces,
        AreaIndex communes,
        PointClusters reports,
        List<WeightedPoint> heat,
        List<PointFeature> facilityPoints,
        List<PointFeature> cameraPoints,
        Map<String, AdminUnit> unitsByCode,
        Map<String, ReportLocation> reportsById,
        Map<String, Facility> facilitiesById,
        Map<String, Camera> camerasById,
        Map<String, FormerOutlines.Area> formerAreas) {

    /** The id of the area that shows a unit: its own outline, or the first area of a later commune it went into. */
    String featureOf(String unitCode) {
        for (FormerOutlines.Area area : formerAreas.values()) {
            if (area.former().stream().anyMatch(unit -> unit.code().equals(unitCode))) {
                return area.featureId();
            }
        }
        return unitCode;
    }
}
