package org.iocconsole.console.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.InvalidationListener;
import javafx.scene.Parent;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.iocconsole.console.common.I18n;
import org.iocconsole.sync.scenario.ScenarioDraft;

/**
 * The editor's small map: the communes' outlines, each located event (a report's point, an area's outline) and the
 * selected one in strong colour. A click places the selected event there; an area's outline is finished or cleared
 * with the buttons below. Not a tiled map: enough to put a drill's events where they belong. FX thread only.
 */
final class ScenarioMapView {
    static final double WIDTH = 360;
    static final double HEIGHT = 320;
    private static final Color OUTLINE = Color.gray(0.6);
    private static final Color EVENT = Color.rgb(30, 90, 200, 0.8);
    private static final Color SELECTED = Color.rgb(210, 40, 40);

    private final ScenarioEditorViewModel vm;
    private final Canvas canvas = new Canvas(WIDTH, HEIGHT);
    private final VBox root = new VBox();
    private EditorMapFrame frame = EditorMapFrame.around(List.of(), WIDTH, HEIGHT);

    ScenarioMapView(ScenarioEditorViewModel vm, I18n i18n) {
        this.vm = vm;
        canvas.setId("scenario-editor-map");
        canvas.getStyleClass().add("scenario-editor-map");
        canvas.setOnMouseClicked(e -> {
            double[] lonLat = frame.lonLat(e.getX(), e.getY());
            vm.mapClicked(lonLat[0], lonLat[1]);
        });
        Button finish = new Button();
        finish.setId("scenario-editor-map-finish");
        finish.textProperty().bind(i18n.text("trainer.editor.map.finish"));
        finish.setOnAction(e -> vm.finishArea());
        Button clear = new Button();
        clear.setId("scenario-editor-map-clear");
        clear.textProperty().bind(i18n.text("trainer.editor.map.clear"));
        clear.setOnAction(e -> vm.clearArea());
        Label hint = new Label();
        hint.textProperty().bind(i18n.text("trainer.editor.map.hint"));
        hint.setWrapText(true);
        hint.setMaxWidth(WIDTH);
        HBox buttons = new HBox(finish, clear);
        buttons.getStyleClass().add("trainer-controls");
        root.getChildren().addAll(canvas, buttons, hint);
        InvalidationListener redraw = o -> draw();
        vm.events().addListener(redraw);
        vm.selectedProperty().addListener(redraw);
        vm.outlinesProperty().addListener(o -> {
            frame = EditorMapFrame.around(vm.outlinesProperty().get(), WIDTH, HEIGHT);
            draw();
        });
        frame = EditorMapFrame.around(eventCorners(), WIDTH, HEIGHT);
        draw();
    }

    Parent root() {
        return root;
    }

    /** The events' own places, to frame the map before the outlines are read. */
    private List<double[]> eventCorners() {
        List<double[]> corners = new ArrayList<>();
        for (ScenarioDraft.Event event : vm.events()) {
            point(event).ifPresent(corners::add);
            event.polygon().forEach(c -> corners.add(new double[] {c[0], c[1]}));
        }
        return corners;
    }

    private static Optional<double[]> point(ScenarioDraft.Event event) {
        try {
            String lat = event.fields().get("lat");
            String lon = event.fields().get("lon");
            return lat == null || lon == null
                    ? Optional.empty()
                    : Optional.of(new double[] {Double.parseDouble(lon), Double.parseDouble(lat)});
        } catch (NumberFormatException e) {
            return Optional.empty(); // the check names the field
        }
    }

    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, WIDTH, HEIGHT);
        g.setStroke(OUTLINE);
        g.setLineWidth(0.6);
        for (double[] ring : vm.outlinesProperty().get()) {
            g.beginPath();
            for (int i = 0; i + 1 < ring.length; i += 2) {
                double x = frame.x(ring[i]);
                double y = frame.y(ring[i + 1]);
                if (i == 0) {
                    g.moveTo(x, y);
                } else {
                    g.lineTo(x, y);
                }
            }
            g.closePath();
            g.stroke();
        }
        for (int i = 0; i < vm.events().size(); i++) {
            ScenarioDraft.Event event = vm.events().get(i);
            Color colour = i == vm.selectedProperty().get() ? SELECTED : EVENT;
            g.setStroke(colour);
            g.setFill(colour);
            g.setLineWidth(2);
            List<double[]> polygon = event.polygon();
            for (int c = 0; c < polygon.size(); c++) {
                double x = frame.x(polygon.get(c)[0]);
                double y = frame.y(polygon.get(c)[1]);
                g.fillOval(x - 3, y - 3, 6, 6);
                if (c > 0) {
                    g.strokeLine(frame.x(polygon.get(c - 1)[0]), frame.y(polygon.get(c - 1)[1]), x, y);
                }
            }
            if (polygon.size() >= 3) {
                double[] first = polygon.get(0);
                double[] last = polygon.get(polygon.size() - 1);
                g.strokeLine(frame.x(last[0]), frame.y(last[1]), frame.x(first[0]), frame.y(first[1]));
            }
            point(event).ifPresent(p -> g.fillOval(frame.x(p[0]) - 5, frame.y(p[1]) - 5, 10, 10));
        }
    }
}
