package org.iocconsole.console.map;

import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.iocconsole.maps.feature.Feature;
import org.iocconsole.maps.feature.FeatureCollection;
import org.iocconsole.maps.feature.PointFeature;
import org.iocconsole.maps.feature.WeightedPoint;
import org.iocconsole.maps.geo.AreaIndex;
import org.iocconsole.maps.geo.GeoJson;
import org.iocconsole.maps.geo.GeoJsonException;
import org.iocconsole.maps.geo.PointClusters;
import org.iocconsole.sync.cache.ReportLocation;
import org.iocconsole.sync.model.AdminUnit;
import org.iocconsole.sync.model.Camera;
import org.iocconsole.sync.model.Facility;
import org.iocconsole.sync.model.UnitLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the map's data from the cache and prepares it for the layers: boundaries parsed and indexed, reports placed in
 * their state at the time of the read and clustered for every zoom. Runs off the FX thread. Thread-safe.
 */
final class MapDataReader {
    /** From this zoom on every report stands alone. */
    static final int POINT_ZOOM = 16;

    /** The size of a cluster's cell on screen, in pixels. */
    static final double CLUSTER_CELL = 56;

    private static final Logger LOG = LoggerFactory.getLogger(MapDataReader.class);

    private final MapSource source;

    MapDataReader(MapSource source) {
        this.source = source;
    }

    MapData read(LocalDate day, Instant now) {
        List<AdminUnit> provinces = source.units(day, UnitLevel.PROVINCE, true);
        Map<String, String> provinceLabels = ProvinceLabels.of(provinces, source.provinceChanges(), day);
        List<AdminUnit> communes = source.units(day, UnitLevel.COMMUNE, true);
        Map<String, FormerOutlines.Area> formerAreas = FormerOutlines.of(
                communes, source.communeChanges(), day, later -> source.units(later, UnitLevel.COMMUNE, true));
        Map<String, AdminUnit> units = new HashMap<>();
        provinces.forEach(unit -> units.put(unit.code(), unit));
        communes.forEach(unit -> units.put(unit.code(), unit));

        Map<String, ReportLocation> reportsById = new LinkedHashMap<>();
        List<PointFeature> reportPoints = new ArrayList<>();
        List<WeightedPoint> heat = new ArrayList<>();
        for (ReportLocation report : source.reports()) {
            if (!located(report.lon(), report.lat())) {
                continue;
            }
            reportsById.put(report.id(), report);
            reportPoints.add(new PointFeature(
                    report.id(), report.lon(), report.lat(), ReportStates.of(report, now), report.serviceName()));
            heat.add(new WeightedPoint(report.lon(), report.lat(), report.requestedAt(), 1));
        }
        Map<String, Facility> facilities = new LinkedHashMap<>();
        List<PointFeature> facilityPoints = new ArrayList<>();
        for (Facility facility : source.facilities()) {
            if (facility.lat() != null && facility.lon() != null && located(facility.lon(), facility.lat())) {
                facilities.put(facility.facilityId(), facility);
                facilityPoints.add(new PointFeature(
                        facility.facilityId(), facility.lon(), facility.lat(), facility.kind(), facility.name()));
            }
        }
        Map<String, Camera> cameras = new LinkedHashMap<>();
        List<PointFeature> cameraPoints = new ArrayList<>();
        for (Camera camera : source.cameras()) {
            if (camera.lat() != null && camera.lon() != null && located(camera.lon(), camera.lat())) {
                cameras.put(camera.cameraId(), camera);
                cameraPoints.add(new PointFeature(
                        camera.cameraId(),
                        camera.lon(),
                        camera.lat(),
                        camera.status().wireName(),
                        camera.name()));
            }
        }
        return new MapData(
                day,
                areas(provinces, provinceLabels),
                areas(communes, Map.of(), formerAreas),
                PointClusters.build(reportPoints, ReportStates.ORDER, POINT_ZOOM, CLUSTER_CELL),
                List.copyOf(heat),
                List.copyOf(facilityPoints),
                List.copyOf(cameraPoints),
                Map.copyOf(units),
                reportsById,
                facilities,
                cameras,
                formerAreas);
    }

    private static boolean located(double lon, double lat) {
        return lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90 && !(lon == 0 && lat == 0);
    }

    /** The units with an outline as area features keyed by code; a unit whose outline cannot be read is left out. */
    static AreaIndex areas(List<AdminUnit> units) {
        return areas(units, Map.of(), Map.of());
    }

    /** As {@link #areas(List, Map)}, followed by the outlines of later communes for former ones without their own. */
    static AreaIndex areas(
            List<AdminUnit> units, Map<String, String> labels, Map<String, FormerOutlines.Area> formerAreas) {
        List<Feature> features = new ArrayList<>(features(units, labels));
        for (FormerOutlines.Area area : formerAreas.values()) {
            for (Feature feature : features(List.of(area.successor()), Map.of())) {
                features.add(new Feature(area.featureId(), feature.geometry(), Map.of("name", area.label())));
            }
        }
        return new AreaIndex(new FeatureCollection(features));
    }

    /** As {@link #areas(List)}, labelled from {@code labels} by code where it has one, else by name. */
    static AreaIndex areas(List<AdminUnit> units, Map<String, String> labels) {
        return new AreaIndex(new FeatureCollection(features(units, labels)));
    }

    private static List<Feature> features(List<AdminUnit> units, Map<String, String> labels) {
        List<Feature> features = new ArrayList<>();
        for (AdminUnit unit : units) {
            if (unit.geometryGeoJson() == null || unit.geometryGeoJson().isBlank()) {
                continue;
            }
            try {
                FeatureCollection read =
                        GeoJson.read(new StringReader(unit.geometryGeoJson())).features();
                for (Feature feature : read.features()) {
                    features.add(new Feature(
                            unit.code(),
                            feature.geometry(),
                            Map.of("name", labels.getOrDefault(unit.code(), unit.nameVi()))));
                }
            } catch (GeoJsonException | IOException e) {
                LOG.warn("Outline of unit {} cannot be drawn: {}", unit.code(), e.getMessage());
            }
        }
        return features;
    }
}
