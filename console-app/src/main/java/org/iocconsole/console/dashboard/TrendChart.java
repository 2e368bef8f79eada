package org.iocconsole.console.dashboard;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

/**
 * A time series drawn on a canvas with its target line: each pixel column draws the minimum to maximum of the points
 * it covers, so 100,000 points cost one pass per redraw, not one node each. Gaps (NaN) break the line. Scrolling zooms
 * around the pointer, dragging pans, a double click shows everything. FX thread only.
 */
public final class TrendChart extends Region {
    private final Canvas canvas = new Canvas();
    private final ObjectProperty<TrendSeries> series = new SimpleObjectProperty<>(this, "series", TrendSeries.EMPTY) {
        @Override
        protected void invalidated() {
            TrendSeries now = get();
            if (now.equals(drawn)) {
                // A sync that brought the same figures: nothing to draw.
                return;
            }
            if (drawn == null || now.size() != drawn.size()) {
                from = 0;
                to = Math.max(1, now.size());
            }
            // A revised figure keeps the user's zoom. Drawn once, in the next layout pass, however often it is set.
            redraw();
        }
    };
    private final StringProperty reformLabel = new SimpleStringProperty(this, "reformLabel", "") {
        @Override
        protected void invalidated() {
            redraw();
        }
    };
    private TrendSeries drawn;
    private boolean dirty = true;
    private double[] lows = new double[0];
    private double[] highs = new double[0];
    /** The visible range of point indices, [from, to). */
    private double from;

    private double to = 1;
    private double dragX = Double.NaN;

    public TrendChart() {
        getStyleClass().add("kpi-trend-chart");
        getChildren().add(canvas);
        setMinSize(200, 160);
        setPrefSize(560, 240);
        addEventHandler(ScrollEvent.SCROLL, this::zoom);
        addEventHandler(MouseEvent.MOUSE_PRESSED, e -> dragX = e.getX());
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::pan);
        addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getClickCount() == 2) {
                from = 0;
                to = Math.max(1, series.get().size());
                draw();
            }
        });
    }

    public ObjectProperty<TrendSeries> seriesProperty() {
        return series;
    }

    /** The text beside the reform's mark (the series' {@link TrendSeries#reform()} month), in the user's language. */
    public StringProperty reformLabelProperty() {
        return reformLabel;
    }

    /** The x of the reform's mark at the current zoom; NaN when it is not shown. For tests. */
    double reformX() {
        int index = series.get().reformIndex();
        if (index < 0 || index < from || index >= to || canvas.getWidth() <= 0) {
            return Double.NaN;
        }
        return (index - from) / ((to - from) / canvas.getWidth());
    }

    /** The visible index range, for tests: {from, to}. */
    double[] visibleRange() {
        return new double[] {from, to};
    }

    private void zoom(ScrollEvent e) {
        int size = series.get().size();
        if (size < 2 || getWidth() <= 0) {
            return;
        }
        double anchor = from + (to - from) * (e.getX() / getWidth());
        double factor = e.getDeltaY() > 0 ? 0.8 : 1.25;
        double span = Math.max(4, Math.min(size, (to - from) * factor));
        from = Math.max(0, anchor - (anchor - from) * span / (to - from));
        to = Math.min(size, from + span);
        from = Math.max(0, to - span);
        draw();
        e.consume();
    }

    private void pan(MouseEvent e) {
        int size = series.get().size();
        if (Double.isNaN(dragX) || size < 2 || getWidth() <= 0) {
            return;
        }
        double shift = (dragX - e.getX()) / getWidth() * (to - from);
        double span = to - from;
        from = Math.max(0, Math.min(size - span, from + shift));
        to = from + span;
        dragX = e.getX();
        draw();
    }

    private void redraw() {
        dirty = true;
        requestLayout();
    }

    @Override
    protected void layoutChildren() {
        if (canvas.getWidth() != getWidth() || canvas.getHeight() != getHeight()) {
            canvas.setWidth(getWidth());
            canvas.setHeight(getHeight());
            dirty = true;
        }
        if (dirty) {
            draw();
        }
    }

    private void draw() {
        dirty = false;
        drawn = series.get();
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.clearRect(0, 0, w, h);
        TrendSeries s = series.get();
        int first = (int) Math.floor(from);
        int last = Math.min(s.size(), (int) Math.ceil(to));
        if (w <= 0 || last - first < 1) {
            return;
        }
        int columns = (int) w;
        double perPixel = (to - from) / w;
        if (lows.length < columns) {
            lows = new double[columns];
            highs = new double[columns];
        }
        // One pass over the points: each pixel column's lowest and highest, and the range of them all.
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int px = 0; px < columns; px++) {
            int a = (int) Math.floor(from + px * perPixel);
            int b = Math.max(a + 1, (int) Math.floor(from + (px + 1) * perPixel));
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (int i = Math.max(a, 0); i < Math.min(b, s.size()); i++) {
                double v = s.value(i);
                if (!Double.isNaN(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
            lows[px] = lo;
            highs[px] = hi;
            min = Math.min(min, lo);
            max = Math.max(max, hi);
        }
        if (s.target() != null) {
            min = Math.min(min, s.target());
            max = Math.max(max, s.target());
        }
        if (min == Double.POSITIVE_INFINITY) {
            return;
        }
        double span = max > min ? max - min : 1;
        double pad = 6;
        double scaleY = (h - 2 * pad) / span;
        g.setStroke(Color.web("#3b82f6"));
        g.setLineWidth(1.5);
        double lastY = Double.NaN;
        for (int px = 0; px < columns; px++) {
            double lo = lows[px];
            double hi = highs[px];
            if (lo == Double.POSITIVE_INFINITY) {
                lastY = Double.NaN;
                continue;
            }
            double yLo = h - pad - (lo - min) * scaleY;
            double yHi = h - pad - (hi - min) * scaleY;
            double top = Double.isNaN(lastY) ? yHi : Math.min(yHi, lastY);
            double bottom = Double.isNaN(lastY) ? yLo : Math.max(yLo, lastY);
            g.strokeLine(px + 0.5, top, px + 0.5, Math.max(bottom, top + 0.5));
            lastY = (yLo + yHi) / 2;
        }
        if (s.target() != null) {
            double y = h - pad - (s.target() - min) * scaleY;
            g.setStroke(Color.web("#16a34a"));
            g.setLineDashes(6, 4);
            g.strokeLine(0, y, w, y);
            g.setLineDashes();
        }
        double x = reformX();
        if (!Double.isNaN(x)) {
            g.setStroke(Color.web("#9333ea"));
            g.setLineWidth(1);
            g.setLineDashes(3, 3);
            g.strokeLine(x + 0.5, 0, x + 0.5, h);
            g.setLineDashes();
            g.setFill(Color.web("#9333ea"));
            g.fillText(reformLabel.get(), Math.min(x + 4, Math.max(0, w - 160)), 12);
        }
    }
}
