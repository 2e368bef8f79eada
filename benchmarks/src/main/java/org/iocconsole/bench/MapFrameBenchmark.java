package org.iocconsole.bench;

import com.gluonhq.maps.MapPoint;
import com.gluonhq.maps.MapView;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.FutureTask;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.iocconsole.maps.geo.PointClusters;
import org.iocconsole.maps.geo.WebMercator;
import org.iocconsole.maps.layer.BoundaryLayer;
import org.iocconsole.maps.layer.ClusterLayer;
import org.iocconsole.maps.tiles.GeneratedBasemap;
import org.iocconsole.maps.tiles.MapTiles;
import org.locationtech.jts.geom.Envelope;

/**
 * Frame time of the map with every commune of Thái Nguyên and 100,000 clustered report points, against the bare
 * basemap, measured side by side in one run. Each frame moves the view (a pan of 12 pixels, or a zoom step of 1/15)
 * and renders the scene to an image (layout, the layers' drawing and the software pipeline), off screen. Tiles are
 * warmed up first, so frames measure drawing, not tile generation.
 */
final class MapFrameBenchmark implements Benchmark {
    private static final int WIDTH = 1280;
    private static final int HEIGHT = 800;
    private static final int STEPS = 90;
    private static final int ROUNDS = 3;

    @Override
    public String name() {
        return "map-frame";
    }

    @Override
    public String description() {
        return "median_ms of pan/zoom frames with all communes and 100,000 clustered reports; ratio_to_basemap";
    }

    @Override
    public void run(Results results) throws Exception {
        boolean display = System.getenv("DISPLAY") != null;
        if (!display) {
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
        }
        System.setProperty("prism.order", "sw");
        MapBenchData data = new MapBenchData();
        long started = System.nanoTime();
        PointClusters clusters = PointClusters.build(data.reports, MapBenchData.STATES, 16, 56);
        results.note(data.communes.size() + " communes, " + data.reports.size() + " reports clustered in "
                + (System.nanoTime() - started) / 1_000_000 + " ms; " + (display ? "display" : "headless Monocle")
                + ", software pipeline, " + WIDTH + "x" + HEIGHT);
        Platform.startup(() -> {});
        try {
            measure(results, data, clusters);
        } finally {
            Platform.exit();
        }
    }

    private void measure(Results results, MapBenchData data, PointClusters clusters) throws Exception {
        MapTiles.get().setSources(List.of(new GeneratedBasemap(data.provinces, data.communes, "")));
        View bare = onFx(() -> new View(false, data, clusters));
        View layered = onFx(() -> new View(true, data, clusters));
        // Warm-up: every frame once, so the tiles are generated and cached, and the JIT has compiled the drawing.
        for (int i = 0; i < 2; i++) {
            bare.frames();
            layered.frames();
            Thread.sleep(1500);
        }
        List<Double> pan = new ArrayList<>();
        List<Double> zoom = new ArrayList<>();
        List<Double> basePan = new ArrayList<>();
        List<Double> baseZoom = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            double[][] b = bare.frames();
            double[][] l = layered.frames();
            add(basePan, b[0]);
            add(baseZoom, b[1]);
            add(pan, l[0]);
            add(zoom, l[1]);
        }
        List<Double> all = new ArrayList<>(pan);
        all.addAll(zoom);
        List<Double> base = new ArrayList<>(basePan);
        base.addAll(baseZoom);
        double median = median(all);
        double baseMedian = median(base);
        results.note(ROUNDS + " rounds of " + STEPS + " pan and " + STEPS + " zoom frames each, bare then layered");
        results.report("median_ms", median);
        results.report("pan_median_ms", median(pan));
        results.report("zoom_median_ms", median(zoom));
        results.report("basemap_median_ms", baseMedian);
        results.report("ratio_to_basemap", median / baseMedian);
    }

    private static void add(List<Double> into, double[] values) {
        for (double value : values) {
            into.add(value);
        }
    }

    private static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        FutureTask<T> task = new FutureTask<>(work);
        Platform.runLater(task);
        return task.get();
    }

    /** One stage with a map view, with or without the layers. */
    private static final class View {
        private final MapView map = new MapView();
        private final Scene scene;
        private final WritableImage image = new WritableImage(WIDTH, HEIGHT);
        private final double centerLat;
        private final double centerLon;

        View(boolean layers, MapBenchData data, PointClusters clusters) {
            if (layers) {
                BoundaryLayer communes = new BoundaryLayer("communes", Color.web("#7a6f5c"), 0.8, 10.5, false);
                communes.setAreas(data.communes);
                ClusterLayer reports = new ClusterLayer("reports", colors());
                reports.setClusters(clusters);
                map.addLayer(communes);
                map.addLayer(reports);
            }
            Envelope bounds = data.communes.bounds();
            centerLat = WebMercator.lat(bounds.centre().y);
            centerLon = WebMercator.lon(bounds.centre().x);
            scene = new Scene(new StackPane(map), WIDTH, HEIGHT);
            Stage stage = new Stage();
            stage.setScene(scene);
            stage.show();
        }

        private static java.util.Map<String, Color> colors() {
            java.util.Map<String, Color> colors = new java.util.LinkedHashMap<>();
            colors.put("overdue", Color.web("#e03131"));
            colors.put("new", Color.web("#1c7ed6"));
            colors.put("in-progress", Color.web("#f59f00"));
            colors.put("done", Color.web("#2f9e44"));
            return colors;
        }

        /** Pan frames, then zoom frames; each frame's time in milliseconds. */
        double[][] frames() throws Exception {
            onFx(() -> {
                map.setZoom(11);
                map.setCenter(new MapPoint(centerLat, centerLon));
                scene.snapshot(image);
                return null;
            });
            double[] pan = new double[STEPS];
            for (int i = 0; i < STEPS; i++) {
                double angle = 2 * Math.PI * i / STEPS;
                double dx = 12 * Math.cos(angle);
                double dy = 12 * Math.sin(angle);
                pan[i] = onFx(() -> frame(() -> {
                    MapPoint next = map.getMapPosition(WIDTH / 2.0 + dx, HEIGHT / 2.0 + dy);
                    map.setCenter(next);
                }));
            }
            double[] zoom = new double[STEPS];
            for (int i = 0; i < STEPS; i++) {
                // 9 to 15 and back: the cluster levels change on the way.
                double z = i < STEPS / 2 ? 9 + i * 6.0 / (STEPS / 2) : 15 - (i - STEPS / 2) * 6.0 / (STEPS / 2);
                zoom[i] = onFx(() -> frame(() -> map.setZoom(z)));
            }
            return new double[][] {pan, zoom};
        }

        private double frame(Runnable change) {
            long start = System.nanoTime();
            change.run();
            scene.snapshot(image);
            return (System.nanoTime() - start) / 1e6;
        }
    }
}
