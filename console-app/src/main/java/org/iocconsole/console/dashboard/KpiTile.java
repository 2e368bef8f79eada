package org.iocconsole.console.dashboard;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.css.PseudoClass;
import javafx.geometry.Orientation;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import org.iocconsole.sync.kpi.KpiStatus;

/**
 * One figure of a dashboard: a big number over its label, marked {@code :alert} when it calls for attention, and for
 * indicators lines of details, caveats and a sparkline, coloured by status ({@code :good}, {@code :warning},
 * {@code :critical}). The
 * number is text, so the owner formats it (and shows "–" while there is none). The tile is as wide as its minimum
 * width (set in CSS, so tiles line up) or its number, whichever is wider, and the label wraps within that. FX thread
 * only.
 */
public final class KpiTile extends Control {
    static final String STYLE_CLASS = "kpi-tile";
    static final PseudoClass ALERT = PseudoClass.getPseudoClass("alert");

    static final PseudoClass GOOD = PseudoClass.getPseudoClass("good");
    static final PseudoClass WARNING = PseudoClass.getPseudoClass("warning");
    static final PseudoClass CRITICAL = PseudoClass.getPseudoClass("critical");

    private final StringProperty value = new SimpleStringProperty(this, "value", "");
    private final StringProperty details = new SimpleStringProperty(this, "details", "");
    private final StringProperty notes = new SimpleStringProperty(this, "notes", "");
    private final ObjectProperty<List<Double>> sparkline = new SimpleObjectProperty<>(this, "sparkline", List.of());
    private final ObjectProperty<KpiStatus> status = new SimpleObjectProperty<>(this, "status", KpiStatus.NONE) {
        @Override
        protected void invalidated() {
            KpiStatus now = get();
            pseudoClassStateChanged(GOOD, now == KpiStatus.GOOD);
            pseudoClassStateChanged(WARNING, now == KpiStatus.WARNING);
            pseudoClassStateChanged(CRITICAL, now == KpiStatus.CRITICAL);
        }
    };
    private final StringProperty label = new SimpleStringProperty(this, "label", "");
    private final BooleanProperty alert = new SimpleBooleanProperty(this, "alert") {
        @Override
        protected void invalidated() {
            pseudoClassStateChanged(ALERT, get());
        }
    };

    public KpiTile() {
        getStyleClass().add(STYLE_CLASS);
    }

    /** The figure as shown ("1.234"). */
    public StringProperty valueProperty() {
        return value;
    }

    public String getValue() {
        return value.get();
    }

    public void setValue(String text) {
        value.set(text);
    }

    /** What the figure counts. */
    public StringProperty labelProperty() {
        return label;
    }

    public String getLabel() {
        return label.get();
    }

    public void setLabel(String text) {
        label.set(text);
    }

    /** Whether the figure calls for attention. */
    public BooleanProperty alertProperty() {
        return alert;
    }

    public boolean isAlert() {
        return alert.get();
    }

    public void setAlert(boolean on) {
        alert.set(on);
    }

    /** Lines under the label (target, changes, "as of"); none when empty. */
    public StringProperty detailsProperty() {
        return details;
    }

    public void setDetails(String text) {
        details.set(text);
    }

    /** Caveats of the figure (gaps, unit change), shown as a warning; none when empty. */
    public StringProperty notesProperty() {
        return notes;
    }

    public void setNotes(String text) {
        notes.set(text);
    }

    /** Recent periods, oldest first, null for gaps; no sparkline when empty. */
    public ObjectProperty<List<Double>> sparklineProperty() {
        return sparkline;
    }

    public List<Double> getSparkline() {
        return sparkline.get();
    }

    /** Sets the points; equal points (a sync that did not change them) leave the drawing alone. */
    public void setSparkline(List<Double> points) {
        if (!java.util.Objects.equals(sparkline.get(), points)) {
            sparkline.set(points);
        }
    }

    /** Where the figure stands against its thresholds: the tile's colour. */
    public ObjectProperty<KpiStatus> statusProperty() {
        return status;
    }

    public void setStatus(KpiStatus value) {
        status.set(value);
    }

    /** The label wraps, so the tile's height depends on its width. */
    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new KpiTileSkin(this);
    }
}
