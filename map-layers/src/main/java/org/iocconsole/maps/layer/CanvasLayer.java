package org.iocconsole.maps.layer;

import java.awt.AlphaComposite;
import java.awt.Graphics2D;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import org.iocconsole.maps.geo.Viewport;

/**
 * One layer of the map, drawn with the map's other layers on the one canvas of a {@link LayerStack}, an image the
 * stack draws with Java 2D. Shown or hidden, and its opacity, as a node's would be. Subclasses draw in {@link #draw},
 * given the canvas's {@link Viewport} in pixels of the map, draw only what their index finds in it, and call
 * {@link #markDirty()} when their data or look change. FX thread only.
 */
public abstract class CanvasLayer {
    private final String id;
    private final BooleanProperty visible = new SimpleBooleanProperty(this, "visible", true);
    private final DoubleProperty opacity = new SimpleDoubleProperty(this, "opacity", 1);
    /** What a change asks of the stack drawing this layer; nothing before it is in one. */
    private Runnable changed = () -> {};

    private Viewport viewport;
    private int draws;

    protected CanvasLayer(String id) {
        this.id = id;
        visible.addListener((o, was, now) -> markDirty());
        opacity.addListener((o, was, now) -> markDirty());
    }

    /** A stable name for the layer panel and saved settings ("communes", "reports"). */
    public String layerId() {
        return id;
    }

    public BooleanProperty visibleProperty() {
        return visible;
    }

    public boolean isVisible() {
        return visible.get();
    }

    public void setVisible(boolean shown) {
        visible.set(shown);
    }

    public DoubleProperty opacityProperty() {
        return opacity;
    }

    public double getOpacity() {
        return opacity.get();
    }

    public void setOpacity(double value) {
        opacity.set(value);
    }

    /** The view of the last frame; null before the first. */
    public Viewport viewport() {
        return viewport;
    }

    /** What the legend shows for this layer; empty for none. */
    public List<LegendEntry> legend() {
        return List.of();
    }

    /** What is under a point of the map (in the map's coordinates), if this layer has anything there. */
    public Optional<Pick> pick(double x, double y) {
        return Optional.empty();
    }

    /** Redraws at the next pulse. */
    public void redraw() {
        markDirty();
    }

    /** How many times the layer has been drawn; pans that only move the stack's canvas do not count. */
    public int draws() {
        return draws;
    }

    /** The data or the look changed: the stack draws again at the next pulse. */
    protected void markDirty() {
        changed.run();
    }

    /** Draws the layer; {@code view} is the canvas's view, the map's screen with the margin around it. */
    protected abstract void draw(Graphics2D g, Viewport view);

    /** Joins a stack, which draws again whenever this layer changes; null leaves it. */
    void drawnBy(Runnable onChange) {
        changed = onChange == null ? () -> {} : onChange;
    }

    /** The screen's view of the current frame, for picking. */
    void showing(Viewport view) {
        viewport = view;
    }

    /** Draws at the layer's opacity, leaving {@code g} as it was. */
    void drawOn(Graphics2D g, Viewport view) {
        Graphics2D own = (Graphics2D) g.create();
        try {
            own.setComposite(AlphaComposite.SrcOver.derive((float) getOpacity()));
            draw(own, view);
        } finally {
            own.dispose();
        }
        draws++;
    }
}
