package org.iocconsole.console.reports;

import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.function.Function;
import org.iocconsole.sync.model.ReportPriority;
import org.iocconsole.sync.model.WorkflowStatus;
import org.iocconsole.sync.reports.ReportActionException;
import org.iocconsole.sync.reports.ReportActions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The operator's actions on the selected report of a {@link ReportQueueViewModel}: each runs off the FX thread through
 * {@link ReportActions} (cache, outbox and audit log in one transaction), then the queue reads its rows again and
 * tells the operator what happened. A refused action says why and changes nothing. FX thread only.
 */
public final class QueueActions {
    private static final Logger LOG = LoggerFactory.getLogger(QueueActions.class);

    private final ReportQueueViewModel vm;
    private final QueueServices services;
    private final Executor background;
    private final Executor fx;

    QueueActions(ReportQueueViewModel vm, QueueServices services, Executor background, Executor fx) {
        this.vm = vm;
        this.services = services;
        this.background = background;
        this.fx = fx;
    }

    /** Received to classified. */
    public void acknowledge() {
        run("acknowledge", id -> services.actions().acknowledge(id, null, services.actor()));
    }

    public void assign(String agency, String note) {
        run("assign", id -> services.actions().assign(id, agency, note, services.actor()));
    }

    public void setPriority(ReportPriority priority) {
        run("priority", id -> services.actions().setPriority(id, priority, null, services.actor()));
    }

    public void changeStatus(WorkflowStatus status, String note) {
        run("status", id -> services.actions().changeStatus(id, status, note, services.actor()));
    }

    public void mergeDuplicate(String originalId, String note) {
        run("duplicate", id -> services.actions().mergeDuplicate(id, originalId, note, services.actor()));
    }

    private void run(String what, Function<String, String> action) {
        QueueItem item = vm.selectedProperty().get();
        if (item == null) {
            vm.setNotice(Notice.error("reports.queue.notice.none"));
            return;
        }
        String id = item.id();
        background.execute(() -> {
            Notice result;
            try {
                action.apply(id);
                result = Notice.info("reports.queue.done." + what, id);
            } catch (ReportActionException e) {
                result = Notice.error(
                        "reports.queue.refused."
                                + e.reason().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                        id,
                        e.getMessage());
            } catch (RuntimeException e) {
                LOG.warn("Action {} on {} failed", what, id, e);
                result = Notice.error("reports.queue.failed", id, String.valueOf(e.getMessage()));
            }
            Notice shown = result;
            fx.execute(() -> {
                vm.setNotice(shown);
                vm.refresh();
            });
        });
    }
}
