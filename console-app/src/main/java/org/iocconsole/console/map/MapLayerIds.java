package org.iocconsole.console.map;

import java.util.List;

/** The ids of the map's layers, in the order they are drawn at first (bottom first). */
final class MapLayerIds {
    static final String CHOROPLETH = "choropleth";
    static final String PROVINCES = "provinces";
    static final String COMMUNES = "communes";
    static final String HEAT = "heat";
    static final String IMPORTED = "imported";
    static final String FACILITIES = "facilities";
    static final String CAMERAS = "cameras";
    static final String REPORTS = "reports";
    /** The areas a drill affects now; empty outside a drill. */
    static final String DRILL_AREAS = "drill-areas";

    static final List<String> ORDER =
            List.of(CHOROPLETH, PROVINCES, COMMUNES, IMPORTED, HEAT, DRILL_AREAS, FACILITIES, CAMERAS, REPORTS);

    private MapLayerIds() {}
}
