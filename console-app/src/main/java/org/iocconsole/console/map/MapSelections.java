package org.iocconsole.console.map;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.iocconsole.maps.layer.Pick;
import org.iocconsole.sync.cache.ReportLocation;
import org.iocconsole.sync.model.AdminUnit;
import org.iocconsole.sync.model.Camera;
import org.iocconsole.sync.model.Facility;

/** Turns what a click picked into the lines of the details panel, from the rows of the last read. Thread-safe. */
final class MapSelections {
    private MapSelections() {}

    /** The details of a pick, or null when its feature is no longer in the data. */
    static MapDetails details(Pick pick, MapData data, Map<String, Double> values, Instant now) {
        if (pick.isCluster()) {
            List<MapDetails.Line> lines = new ArrayList<>();
            lines.add(new MapDetails.Line("map.details.count", pick.count()));
            for (String state : ReportStates.ORDER) {
                Integer count = pick.mix().get(state);
                lines.add(new MapDetails.Line("map.report.state." + state, count));
            }
            return new MapDetails("cluster", null, null, lines);
        }
        String id = pick.featureId();
        switch (pick.layerId()) {
            case MapLayerIds.REPORTS: {
                ReportLocation r = data.reportsById().get(id);
                if (r == null) {
                    return null;
                }
                AdminUnit commune =
                        r.communeCode() == null ? null : data.unitsByCode().get(r.communeCode());
                return new MapDetails(
                        "report",
                        id,
                        r.serviceName(),
                        List.of(
                                new MapDetails.Line("map.details.id", r.id()),
                                new MapDetails.Line(
                                        "map.details.state",
                                        new MapDetails.Key("map.report.state." + ReportStates.of(r, now))),
                                new MapDetails.Line("map.details.received", r.requestedAt()),
                                new MapDetails.Line("map.details.deadline", r.expectedAt()),
                                new MapDetails.Line("map.details.address", r.address()),
                                new MapDetails.Line(
                                        "map.details.commune", commune == null ? null : commune.fullName())));
            }
            case MapLayerIds.FACILITIES: {
                Facility f = data.facilitiesById().get(id);
                if (f == null) {
                    return null;
                }
                return new MapDetails(
                        "facility",
                        id,
                        f.name(),
                        List.of(
                                new MapDetails.Line("map.details.kind", new MapDetails.Key("map.facility." + f.kind())),
                                new MapDetails.Line("map.details.address", f.address()),
                                new MapDetails.Line("map.details.capacity", f.capacity()),
                                new MapDetails.Line("map.details.phone", f.phone())));
            }
            case MapLayerIds.CAMERAS: {
                Camera c = data.camerasById().get(id);
                if (c == null) {
                    return null;
                }
                return new MapDetails(
                        "camera",
                        id,
                        c.name(),
                        List.of(
                                new MapDetails.Line(
                                        "map.details.state",
                                        new MapDetails.Key(
                                                "map.camera." + c.status().wireName())),
                                new MapDetails.Line("map.details.group", c.group())));
            }
            default: {
                FormerOutlines.Area area = data.formerAreas().get(id);
                if (area != null) {
                    return new MapDetails(
                            "unit",
                            id,
                            String.join(
                                    ", ",
                                    area.former().stream()
                                            .map(MapSelections::fullName)
                                            .toList()),
                            List.of(
                                    new MapDetails.Line("map.details.former.became", fullName(area.successor())),
                                    new MapDetails.Line("map.details.former.since", area.from()),
                                    new MapDetails.Line(
                                            "map.details.former.outline", new MapDetails.Key("map.former.outline"))));
                }
                AdminUnit unit = data.unitsByCode().get(id);
                if (unit == null) {
                    return null;
                }
                return new MapDetails(
                        "unit",
                        id,
                        fullName(unit),
                        List.of(
                                new MapDetails.Line("map.details.code", unit.code()),
                                new MapDetails.Line("map.details.valid-from", unit.validFrom()),
                                new MapDetails.Line("map.details.value", values.get(id))));
            }
        }
    }

    private static String fullName(AdminUnit unit) {
        return unit.fullName() != null ? unit.fullName() : unit.nameVi();
    }
}
