package org.iocconsole.console.dashboard;

import java.time.Instant;
import org.iocconsole.sync.kpi.CatalogEntry;
import org.iocconsole.sync.kpi.KpiReading;

/** One KPI tile's figures, read off the FX thread. Immutable. */
public record TileData(CatalogEntry entry, KpiReading reading, Instant asOf) {}
