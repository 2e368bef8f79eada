package org.iocconsole.sync.cache;

import org.iocconsole.sync.model.CitizenReport;

/**
 * One report with what its detail pane shows beside it.
 *
 * @param communeName the current name of its commune, or null
 * @param communeGeometry the commune's boundary as GeoJSON geometry text, or null when the cache has none
 */
public record ReportDetail(CitizenReport report, String communeName, String communeGeometry) {}
