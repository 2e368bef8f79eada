package org.iocconsole.console.reports;

import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.BiFunction;
import org.iocconsole.sync.access.Permission;
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
        run("acknowledge", (id, actor) -> services.actions().acknowledge(id, null, actor));
    }

    public void assign(String agency, String note) {
        run("assign", (id, actor) -> services.actions().assign(id, agency, note, actor));
    }

    public void setPriority(ReportPriority priority) {
        run("priority", (id, actor) -> services.actions().setPriority(id, priority, null, actor));
    }

    public void changeStatus(WorkflowStatus status, String note) {
        run("status", (id, actor) -> services.actions().changeStatus(id, status, note, actor));
    }

    public void mergeDuplicate(String originalId, String note) {
        run("duplicate", (id, actor) -> services.actions().mergeDuplicate(id, originalId, note, actor));
    }

    private void run(String what, BiFunction<String, String, String> action) {
        QueueItem item = vm.selectedProperty().get();
        if (item == null) {
            vm.setNotice(Notice.error("reports.queue.notice.none"));
            return;
        }
        String id = item.id();
        Optional<String> refused = vm.gate().refusalKey(Permission.ACT_ON_REPORTS);
        if (refused.isPresent()) {
            vm.setNotice(Notice.error(refused.get()));
            return;
        }
        String actor = vm.gate().actor();
        background.execute(() -> {
            Notice result;
            try {
                action.apply(id, actor);
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
