package org.iocconsole.console.scenario;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.iocconsole.console.common.I18n;
import org.iocconsole.sync.scenario.BuiltInScenarios;
import org.iocconsole.sync.scenario.ScenarioControl;
import org.iocconsole.sync.scenario.ScenarioControlException;
import org.iocconsole.sync.scenario.ScenarioStatus;
import org.iocconsole.sync.scenario.ScenarioTime;

/**
 * The trainer's controls of a drill: scenario picker, play and pause, speed, seek over the timeline, reset and the
 * drill's virtual time. Every control goes to the demo province's control endpoint off the FX thread, one at a time;
 * the answer (or the reason it was refused, in {@link #messageProperty()}) comes back on the FX thread. When the
 * province was rebuilt (a seek back, a reset, another scenario) it asks the data side to read it afresh; when events
 * happened it asks for a sync, so the operators see them at once. Properties: FX thread only.
 */
public final class TrainerViewModel {
    /** The speeds offered, in virtual seconds per real second. */
    public static final double[] SPEEDS = {1, 10, 60, 300, 600};

    /** What the data side does for the drill. Called off the FX thread. */
    public interface Session {
        /** The province was rebuilt: empty the synced tables and read everything again. */
        void rebuilt();

        /** Events happened: read the province now rather than on schedule. */
        void eventsHappened();
    }

    private final ScenarioControl control;
    private final I18n i18n;
    private final Session session;
    private final Executor background;
    private final Executor fx;
    private final Object order = new Object();
    private final AtomicBoolean polling = new AtomicBoolean();
    private final ObjectProperty<ScenarioStatus> status = new SimpleObjectProperty<>(this, "status");
    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final BooleanProperty playing = new SimpleBooleanProperty(this, "playing");
    private final DoubleProperty speed = new SimpleDoubleProperty(this, "speed", 1);
    private final LongProperty position = new SimpleLongProperty(this, "position");
    private final LongProperty length = new SimpleLongProperty(this, "length", 1);
    private final ObjectProperty<Instant> virtualTime = new SimpleObjectProperty<>(this, "virtualTime");
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final ObservableList<ScenarioStatus.Mark> marks = FXCollections.observableArrayList();
    // One wrapper kept: a wrapper listens weakly, so a listener on a wrapper nobody keeps would go quiet after a GC.
    private final ObservableList<ScenarioStatus.Mark> readOnlyMarks = FXCollections.unmodifiableObservableList(marks);
    private final ObservableList<String> builtIns = FXCollections.observableArrayList(BuiltInScenarios.IDS);
    private long generation = -1;
    private long eventsDone = -1;

    /**
     * @param background runs the controls' HTTP calls
     * @param fx brings the answers to the FX thread
     */
    public TrainerViewModel(ScenarioControl control, Session session, I18n i18n, Executor background, Executor fx) {
        this.control = control;
        this.i18n = i18n;
        this.session = session;
        this.background = background;
        this.fx = fx;
    }

    /** Reads where the player stands; a poll already under way makes this one unnecessary. Called once a second. */
    public void refresh() {
        if (polling.compareAndSet(false, true)) {
            background.execute(() -> {
                try {
                    run(ScenarioControl::status, false);
                } finally {
                    polling.set(false);
                }
            });
        }
    }

    public void play() {
        send(ScenarioControl::play);
    }

    public void pause() {
        send(ScenarioControl::pause);
    }

    public void togglePlay() {
        if (playing.get()) {
            pause();
        } else {
            play();
        }
    }

    public void reset() {
        send(ScenarioControl::reset);
    }

    /** @param value virtual seconds per real second, 1 to 600; the player refuses others with a message */
    public void changeSpeed(double value) {
        send(c -> c.speed(value));
    }

    /** @param seconds from the start; beyond the end the player refuses with a message and nothing changes */
    public void seek(long seconds) {
        send(c -> c.seek(seconds));
    }

    /** Seeks to a position typed as {@code HH:MM} or {@code HH:MM:SS}; anything else is refused with a message. */
    public void seekTo(String typed) {
        Optional<Duration> offset = ScenarioTime.parse(typed == null ? "" : typed);
        if (offset.isEmpty()) {
            message.set(i18n.get("trainer.bad-position", typed));
            return;
        }
        seek(offset.get().toSeconds());
    }

    /** Plays a built-in scenario from its start, paused. */
    public void load(String builtInId) {
        send(c -> c.loadBuiltIn(builtInId));
    }

    /** Plays the scenario in {@code file} from its start, paused; a wrong file is named by line and field. */
    public void loadFile(Path file) {
        String name = file.getFileName() == null
                ? file.toString()
                : file.getFileName().toString();
        send(c -> {
            String text;
            try {
                text = Files.readString(file);
            } catch (CharacterCodingException e) {
                throw new ScenarioControlException(name + ": the file is not UTF-8 text", e);
            } catch (IOException e) {
                throw new ScenarioControlException(name + ": the file cannot be read (" + e.getMessage() + ")", e);
            }
            return c.loadYaml(text, name);
        });
    }

    /** Plays the scenario of this YAML text (from the editor) from its start, paused. */
    public void loadYaml(String yaml, String name) {
        send(c -> c.loadYaml(yaml, name));
    }

    private interface Call {
        ScenarioStatus on(ScenarioControl control) throws ScenarioControlException;
    }

    private void send(Call call) {
        background.execute(() -> run(call, true));
    }

    private void run(Call call, boolean command) {
        ScenarioStatus answer;
        boolean rebuilt;
        boolean happened;
        synchronized (order) {
            try {
                answer = call.on(control);
            } catch (ScenarioControlException e) {
                String reason = e.getMessage();
                fx.execute(() -> message.set(reason));
                return;
            }
            rebuilt = generation >= 0 && answer.generation() != generation;
            happened = !rebuilt && eventsDone >= 0 && answer.eventsDone() != eventsDone;
            generation = answer.generation();
            eventsDone = answer.eventsDone();
        }
        if (rebuilt) {
            session.rebuilt();
        } else if (happened) {
            session.eventsHappened();
        }
        fx.execute(() -> show(answer, command));
    }

    private void show(ScenarioStatus answer, boolean command) {
        if (command) {
            message.set("");
        }
        status.set(answer);
        title.set(answer.id());
        playing.set(answer.playing());
        speed.set(answer.speed());
        length.set(Math.max(1, answer.lengthSeconds()));
        position.set(answer.positionSeconds());
        virtualTime.set(answer.virtualTime());
        if (!marks.equals(answer.timeline())) {
            marks.setAll(answer.timeline());
        }
    }

    /** The latest status with its board, or null before the first answer. */
    public ReadOnlyObjectProperty<ScenarioStatus> statusProperty() {
        return status;
    }

    /** The played scenario's id. */
    public ReadOnlyStringProperty titleProperty() {
        return title;
    }

    public ReadOnlyBooleanProperty playingProperty() {
        return playing;
    }

    public ReadOnlyDoubleProperty speedProperty() {
        return speed;
    }

    /** Seconds since the scenario's start. */
    public ReadOnlyLongProperty positionProperty() {
        return position;
    }

    /** The scenario's length in seconds (at least 1). */
    public ReadOnlyLongProperty lengthProperty() {
        return length;
    }

    /** The drill's virtual time. */
    public ReadOnlyObjectProperty<Instant> virtualTimeProperty() {
        return virtualTime;
    }

    /** Why the last control was refused (file, line and field for a scenario), or empty. */
    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    /** The events' places on the timeline. */
    public ObservableList<ScenarioStatus.Mark> marks() {
        return readOnlyMarks;
    }

    /** The built-in scenarios a trainer may pick. */
    public ObservableList<String> builtIns() {
        return FXCollections.unmodifiableObservableList(builtIns);
    }
}
