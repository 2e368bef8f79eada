package org.iocconsole.console.reports;

import java.util.Set;
import org.iocconsole.console.common.I18n;
import org.iocconsole.console.common.PlainText;

/**
 * The names of the Open311 extensions' workflow states and priorities in the current language. A value outside the
 * documented ones (a province's own) is shown as it came, as plain text. FX thread only, like the {@link I18n}.
 */
final class ReportLabels {
    /** The workflow states of docs/api/open311.md. */
    static final Set<String> WORKFLOW =
            Set.of("received", "classified", "assigned", "in_progress", "resolved", "closed", "rejected", "duplicate");
    /** The priorities of docs/api/open311.md. */
    static final Set<String> PRIORITY = Set.of("low", "normal", "high", "urgent");

    private final I18n i18n;

    ReportLabels(I18n i18n) {
        this.i18n = i18n;
    }

    String workflow(String status) {
        return label("reports.workflow.", WORKFLOW, status);
    }

    String priority(String priority) {
        return label("reports.priority.", PRIORITY, priority);
    }

    /** The style class suffix of a known value ({@code in-progress}), or null. */
    static String slug(Set<String> known, String value) {
        return value != null && known.contains(value) ? value.replace('_', '-') : null;
    }

    private String label(String prefix, Set<String> known, String value) {
        String slug = slug(known, value);
        if (slug != null) {
            return i18n.get(prefix + slug);
        }
        return PlainText.line(value);
    }
}
