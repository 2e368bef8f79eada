package org.iocconsole.console.dashboard;

import java.util.Locale;
import org.iocconsole.sync.cache.OverviewCounts;

/** The figures of the overview, each a tile, in the order they are shown within their section. */
public enum Kpi {
    REPORTS_OPEN(Section.REPORTS),
    REPORTS_OVERDUE(Section.REPORTS),
    REPORTS_LAST_DAY(Section.REPORTS),
    REPORTS_TOTAL(Section.REPORTS),
    CAMERAS_ONLINE(Section.CAMERAS),
    CAMERAS_OFFLINE(Section.CAMERAS),
    FACILITIES(Section.AREA),
    COMMUNES(Section.AREA),
    INDICATORS(Section.AREA),
    OBSERVATIONS(Section.AREA);

    /** A group of tiles under one heading. */
    public enum Section {
        REPORTS,
        CAMERAS,
        AREA;

        /** Bundle key of the heading ({@code dashboard.section.reports}). */
        public String titleKey() {
            return "dashboard.section." + name().toLowerCase(Locale.ROOT);
        }
    }

    private final Section section;

    Kpi(Section section) {
        this.section = section;
    }

    public Section section() {
        return section;
    }

    /** Lower-case name used in node ids and keys ({@code reports-overdue}). */
    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Bundle key of the tile's label ({@code dashboard.kpi.reports-overdue}). */
    public String labelKey() {
        return "dashboard.kpi." + slug();
    }

    /** This figure among the counts. Cameras in maintenance count as offline: they show no picture either. */
    long of(OverviewCounts counts) {
        switch (this) {
            case REPORTS_OPEN:
                return counts.reportsOpen();
            case REPORTS_OVERDUE:
                return counts.reportsOverdue();
            case REPORTS_LAST_DAY:
                return counts.reportsLastDay();
            case REPORTS_TOTAL:
                return counts.reportsTotal();
            case CAMERAS_ONLINE:
                return counts.cameras() - counts.camerasOffline();
            case CAMERAS_OFFLINE:
                return counts.camerasOffline();
            case FACILITIES:
                return counts.facilities();
            case COMMUNES:
                return counts.communes();
            case INDICATORS:
                return counts.indicators();
            case OBSERVATIONS:
                return counts.observations();
            default:
                throw new IllegalStateException(name());
        }
    }

    /** Whether this value calls for attention: any overdue report does. */
    boolean alerts(long value) {
        return this == REPORTS_OVERDUE && value > 0;
    }
}
