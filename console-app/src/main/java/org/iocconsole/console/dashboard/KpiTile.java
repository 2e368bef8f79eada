package org.iocconsole.console.dashboard;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.css.PseudoClass;
import javafx.geometry.Orientation;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;

/**
 * One figure of a dashboard: a big number over its label, marked {@code :alert} when it calls for attention. The
 * number is text, so the owner formats it (and shows "–" while there is none). The tile is as wide as its minimum
 * width (set in CSS, so tiles line up) or its number, whichever is wider, and the label wraps within that. FX thread
 * only.
 */
public final class KpiTile extends Control {
    static final String STYLE_CLASS = "kpi-tile";
    static final PseudoClass ALERT = PseudoClass.getPseudoClass("alert");

    private final StringProperty value = new SimpleStringProperty(this, "value", "");
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
