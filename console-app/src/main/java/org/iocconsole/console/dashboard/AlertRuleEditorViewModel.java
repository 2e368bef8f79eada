package org.iocconsole.console.dashboard;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.iocconsole.sync.alert.AlertKind;
import org.iocconsole.sync.alert.AlertRule;
import org.iocconsole.sync.alert.AlertRuleCheck;
import org.iocconsole.sync.alert.AlertStore;
import org.iocconsole.sync.alert.Severity;

/**
 * Editing the alert rules: on indicators (all, or one), and on operational counts: overdue reports above a count,
 * the share of cameras offline above a percentage, a source (any, or one) not synced for some hours. A rule that
 * {@link AlertRuleCheck} refuses is not saved and the reason is shown. The next evaluation after a sync uses the
 * rules as saved. Reads and writes run off the FX thread; everything else is FX thread only.
 */
public final class AlertRuleEditorViewModel {
    private final AlertStore store;
    private final Supplier<Set<String>> indicators;
    private final Supplier<Set<String>> sources;
    private final Clock clock;
    private final Executor background;
    private final Executor fx;
    private final ObservableList<AlertRule> rules = FXCollections.observableArrayList();
    private final ObjectProperty<AlertRule> selected = new SimpleObjectProperty<>(this, "selected");
    private final StringProperty ruleId = new SimpleStringProperty(this, "ruleId", "");
    private final ObjectProperty<AlertKind> kind = new SimpleObjectProperty<>(this, "kind", AlertKind.OVERDUE_REPORTS);
    private final StringProperty subject = new SimpleStringProperty(this, "subject", "");
    private final StringProperty threshold = new SimpleStringProperty(this, "threshold", "");
    private final ObjectProperty<Severity> severity = new SimpleObjectProperty<>(this, "severity", Severity.WARNING);
    private final BooleanProperty enabled = new SimpleBooleanProperty(this, "enabled", true);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private volatile AlertRuleCheck check = new AlertRuleCheck(Set.of(), Set.of());

    /**
     * @param indicators the codes of the catalog's indicators; blocking, run on {@code background}
     * @param sources the ids of the configured sources; blocking, run on {@code background}
     */
    public AlertRuleEditorViewModel(
            AlertStore store,
            Supplier<Set<String>> indicators,
            Supplier<Set<String>> sources,
            Clock clock,
            Executor background,
            Executor fx) {
        this.store = store;
        this.indicators = indicators;
        this.sources = sources;
        this.clock = clock;
        this.background = background;
        this.fx = fx;
        selected.addListener((o, old, now) -> fill(now));
    }

    public void start() {
        background.execute(() -> {
            List<AlertRule> read = store.rules();
            check = new AlertRuleCheck(indicators.get(), sources.get());
            fx.execute(() -> rules.setAll(read));
        });
    }

    private void fill(AlertRule rule) {
        message.set("");
        if (rule == null) {
            return;
        }
        ruleId.set(rule.ruleId());
        kind.set(rule.kind());
        subject.set(rule.subject() == null ? "" : rule.subject());
        threshold.set(rule.threshold() == null ? "" : CatalogEditorViewModel.number(rule.threshold()));
        severity.set(rule.severity());
        enabled.set(rule.enabled());
    }

    /** Starts a new rule. */
    public void newRule() {
        selected.set(null);
        ruleId.set("");
        subject.set("");
        threshold.set("");
        enabled.set(true);
        message.set("");
    }

    /** The rule the form describes; null with a message when the threshold is not a number. */
    AlertRule draft() {
        Double value;
        try {
            value = CatalogEditorViewModel.parse(threshold.get());
        } catch (NumberFormatException e) {
            message.set("rules.problem.number");
            return null;
        }
        String about = subject.get() == null || subject.get().isBlank()
                ? null
                : subject.get().trim();
        return new AlertRule(ruleId.get().trim(), kind.get(), about, value, severity.get(), enabled.get());
    }

    /** Saves the rule, or tells why it cannot be saved. */
    public void save() {
        AlertRule rule = draft();
        if (rule == null) {
            return;
        }
        List<String> problems = check.problems(rule);
        if (!problems.isEmpty()) {
            message.set(problems.get(0));
            return;
        }
        write(() -> store.saveRule(rule, clock.instant()), "rules.saved");
    }

    public void delete() {
        AlertRule rule = selected.get();
        if (rule != null) {
            newRule();
            write(() -> store.deleteRule(rule.ruleId()), "rules.deleted");
        }
    }

    private void write(Runnable change, String done) {
        background.execute(() -> {
            String outcome = done;
            try {
                change.run();
            } catch (RuntimeException e) {
                outcome = "rules.failed";
            }
            List<AlertRule> read = store.rules();
            String result = outcome;
            fx.execute(() -> {
                rules.setAll(read);
                message.set(result);
            });
        });
    }

    public ObservableList<AlertRule> rules() {
        return rules;
    }

    public ObjectProperty<AlertRule> selectedProperty() {
        return selected;
    }

    public StringProperty ruleIdProperty() {
        return ruleId;
    }

    public ObjectProperty<AlertKind> kindProperty() {
        return kind;
    }

    /** The indicator code or source id the rule is limited to; blank for all. */
    public StringProperty subjectProperty() {
        return subject;
    }

    /** The count, percentage or hours, as typed. */
    public StringProperty thresholdProperty() {
        return threshold;
    }

    public ObjectProperty<Severity> severityProperty() {
        return severity;
    }

    public BooleanProperty enabledProperty() {
        return enabled;
    }

    /** A message key about the last action; empty for none. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
