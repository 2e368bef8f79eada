package org.iocconsole.console.reports;

import java.util.List;
import org.iocconsole.sync.cache.ReportDetail;

/**
 * The selected report in full, with its commune's outline ready to draw (rings of lon, lat pairs; empty when the cache
 * has no boundary).
 */
public record SelectedReport(ReportDetail detail, List<double[]> outline) {

    public SelectedReport {
        outline = List.copyOf(outline);
    }
}
