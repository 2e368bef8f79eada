package org.iocconsole.console.reports;

import org.iocconsole.sync.cache.ReportDetails;
import org.iocconsole.sync.cache.ReportQueue;
import org.iocconsole.sync.cache.SavedFilters;
import org.iocconsole.sync.connector.MediaStore;
import org.iocconsole.sync.reports.ReportActions;

/**
 * What the report queue needs of the data side: the paged read model, one report in full, the operator's actions and
 * the saved filters, the photos kept on disk. All blocking; the view model calls them off the FX thread.
 *
 * @param actor the console user, named in the outbox and the audit log
 */
public record QueueServices(
        ReportQueue queue,
        ReportDetails details,
        ReportActions actions,
        SavedFilters savedFilters,
        MediaStore media,
        String actor) {}
