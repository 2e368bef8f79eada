package org.iocconsole.sync.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.iocconsole.sync.model.CitizenReport;
import org.iocconsole.sync.model.WorkflowStatus;
import org.junit.jupiter.api.Test;

class WorkflowStatusTest {

    @Test
    void allowsOnlyTheDocumentedTransitions() {
        assertThat(WorkflowStatus.RECEIVED.next())
                .containsExactlyInAnyOrder(WorkflowStatus.CLASSIFIED, WorkflowStatus.ASSIGNED, WorkflowStatus.REJECTED);
        assertThat(WorkflowStatus.IN_PROGRESS.next())
                .containsExactlyInAnyOrder(WorkflowStatus.RESOLVED, WorkflowStatus.ASSIGNED);
        assertThat(WorkflowStatus.RESOLVED.next())
                .as("answered: closed, or reopened")
                .containsExactlyInAnyOrder(WorkflowStatus.CLOSED, WorkflowStatus.IN_PROGRESS);
        for (WorkflowStatus last :
                EnumSet.of(WorkflowStatus.CLOSED, WorkflowStatus.REJECTED, WorkflowStatus.DUPLICATE)) {
            assertThat(last.next()).as(last + " is final").isEmpty();
        }
        for (WorkflowStatus status : WorkflowStatus.values()) {
            assertThat(status.next())
                    .as("nothing goes back to received, nor to duplicate by a status change")
                    .doesNotContain(WorkflowStatus.RECEIVED, WorkflowStatus.DUPLICATE, status);
        }
    }

    @Test
    void mapsToOpen311OpenOrClosed() {
        assertThat(EnumSet.allOf(WorkflowStatus.class))
                .filteredOn(s -> s.open311() == CitizenReport.OpenStatus.OPEN)
                .containsExactlyInAnyOrder(
                        WorkflowStatus.RECEIVED,
                        WorkflowStatus.CLASSIFIED,
                        WorkflowStatus.ASSIGNED,
                        WorkflowStatus.IN_PROGRESS);
        assertThat(WorkflowStatus.fromWire("in_progress")).contains(WorkflowStatus.IN_PROGRESS);
        assertThat(WorkflowStatus.fromWire("cho_duyet"))
                .as("a province's own status")
                .isEmpty();
        assertThat(WorkflowStatus.fromWire(null)).isEmpty();
    }
}
