package org.iocconsole.sync.cache;

import java.time.Duration;

/**
 * How an agency answers citizen reports over a period, for the dashboards.
 *
 * @param answered reports answered in the period
 * @param onTime of those, answered by their deadline (a report without a deadline counts as on time)
 * @param medianTimeToAnswer from received to answered, the median; null when none was answered
 * @param openOverdue open reports of the agency past their deadline now
 */
public record AgencyPerformance(
        String agency, int answered, int onTime, Duration medianTimeToAnswer, long openOverdue) {

    /** The share answered on time, 0 to 100; null when none was answered. */
    public Double onTimePercent() {
        return answered == 0 ? null : 100.0 * onTime / answered;
    }
}
