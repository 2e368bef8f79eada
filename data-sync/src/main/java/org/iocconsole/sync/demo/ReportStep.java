package org.iocconsole.sync.demo;

import java.time.Instant;

/**
 * One workflow step of a report, shown in its history once its time has come.
 *
 * @param agency the body that becomes responsible with this step, or null
 */
record ReportStep(Instant at, String status, String note, String actor, String agency) {

    ReportStep at(Instant newTime) {
        return new ReportStep(newTime, status, note, actor, agency);
    }
}
