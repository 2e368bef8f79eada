package org.iocconsole.console.dashboard;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.iocconsole.sync.alert.AlertStore;
import org.iocconsole.sync.cache.CacheDatabase;
import org.iocconsole.sync.cache.UnitQueries;
import org.iocconsole.sync.dashboard.DashboardStore;
import org.iocconsole.sync.kpi.CatalogEntry;
import org.iocconsole.sync.kpi.IndicatorSettings;
import org.iocconsole.sync.kpi.KpiQueries;
import org.iocconsole.sync.kpi.KpiService;

/**
 * The cache as dashboards, their composition and the catalog and rule editors use it. Thread-safe; every method
 * that reads or writes blocks, call off the FX thread.
 */
public final class DashboardServices {
    private final DashboardStore dashboards;
    private final BoardLoader loader;
    private final KpiQueries queries;
    private final IndicatorSettings settings;
    private final AlertStore alerts;

    public DashboardServices(CacheDatabase cache, ObjectMapper mapper) {
        this.dashboards = new DashboardStore(cache, mapper);
        this.queries = new KpiQueries(cache);
        this.loader = new BoardLoader(new KpiService(queries), new UnitQueries(cache), new AlertStore(cache));
        this.settings = new IndicatorSettings(cache);
        this.alerts = new AlertStore(cache);
    }

    public DashboardStore dashboards() {
        return dashboards;
    }

    public BoardLoader loader() {
        return loader;
    }

    /** The catalog with local edits applied. Blocking. */
    public List<CatalogEntry> catalog() {
        return queries.catalog();
    }

    public IndicatorSettings settings() {
        return settings;
    }

    public AlertStore alerts() {
        return alerts;
    }

    /** A shown dashboard's figures. Blocking. */
    public DashboardData load(DashboardViewModel.DashboardRead read) {
        return loader.loadDashboard(read.layout(), read.view(), read.month(), read.today(), read.areaCode());
    }
}
