package org.iocconsole.console.app;

import java.time.LocalDate;
import java.util.List;
import org.iocconsole.console.map.MapSource;
import org.iocconsole.sync.cache.CacheDatabase;
import org.iocconsole.sync.cache.CameraQueries;
import org.iocconsole.sync.cache.MapQueries;
import org.iocconsole.sync.cache.ReportLocation;
import org.iocconsole.sync.cache.UnitQueries;
import org.iocconsole.sync.cache.UnitValue;
import org.iocconsole.sync.model.AdminUnit;
import org.iocconsole.sync.model.Camera;
import org.iocconsole.sync.model.Facility;
import org.iocconsole.sync.model.Indicator;
import org.iocconsole.sync.model.UnitChange;
import org.iocconsole.sync.model.UnitLevel;

/** The map's reads over the console's cache. Thread-safe; blocking. */
final class CacheMapSource implements MapSource {
    private final UnitQueries units;
    private final MapQueries map;
    private final CameraQueries cameras;

    CacheMapSource(CacheDatabase cache) {
        this.units = new UnitQueries(cache);
        this.map = new MapQueries(cache);
        this.cameras = new CameraQueries(cache);
    }

    @Override
    public List<AdminUnit> units(LocalDate day, UnitLevel level, boolean withGeometry) {
        return units.validOn(day, level, withGeometry);
    }

    @Override
    public List<ReportLocation> reports() {
        return map.reportLocations();
    }

    @Override
    public List<Facility> facilities() {
        return map.facilities();
    }

    @Override
    public List<Camera> cameras() {
        return cameras.all();
    }

    @Override
    public List<UnitChange> communeChanges() {
        return map.unitChanges(UnitLevel.COMMUNE);
    }

    @Override
    public List<UnitChange> provinceChanges() {
        return map.unitChanges(UnitLevel.PROVINCE);
    }

    @Override
    public List<Indicator> indicators() {
        return map.mappableIndicators();
    }

    @Override
    public List<UnitValue> latestValues(String indicatorCode) {
        return map.latestValues(indicatorCode);
    }
}
