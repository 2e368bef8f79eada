package org.iocconsole.console.map;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.paint.Color;
import org.iocconsole.maps.layer.BoundaryLayer;
import org.iocconsole.maps.layer.CanvasLayer;
import org.iocconsole.maps.layer.ChoroplethLayer;
import org.iocconsole.maps.layer.ClusterLayer;
import org.iocconsole.maps.layer.HeatLayer;
import org.iocconsole.maps.layer.Symbol;
import org.iocconsole.maps.layer.Symbol.Glyph;
import org.iocconsole.maps.layer.SymbolLayer;

/** The layers of the map screen, built once, with their styles. FX thread only. */
final class MapLayers {
    final ChoroplethLayer choropleth = new ChoroplethLayer(MapLayerIds.CHOROPLETH);
    final BoundaryLayer communes = new BoundaryLayer(MapLayerIds.COMMUNES, Color.web("#7a6f5c"), 0.8, 10.5, false);
    final BoundaryLayer provinces = new BoundaryLayer(MapLayerIds.PROVINCES, Color.web("#5c4f3a"), 2.0, 6.5, true);
    final BoundaryLayer imported = new BoundaryLayer(MapLayerIds.IMPORTED, Color.web("#7048e8"), 2.0, 9, false);
    final BoundaryLayer drillAreas = new BoundaryLayer(MapLayerIds.DRILL_AREAS, Color.web("#e03131"), 3.0, 0, true);
    final HeatLayer heat = new HeatLayer(MapLayerIds.HEAT);
    final SymbolLayer facilities = new SymbolLayer(MapLayerIds.FACILITIES, facilitySymbols());
    final SymbolLayer cameras = new SymbolLayer(MapLayerIds.CAMERAS, cameraSymbols());
    final ClusterLayer reports = new ClusterLayer(MapLayerIds.REPORTS, ReportStates.colors());

    MapLayers() {
        heat.setVisible(false);
        imported.setVisible(false);
        choropleth.setVisible(false);
        choropleth.setOpacity(0.7);
    }

    /** Every layer by id, bottom first. */
    Map<String, CanvasLayer> byId() {
        Map<String, CanvasLayer> layers = new LinkedHashMap<>();
        for (CanvasLayer layer :
                List.of(choropleth, provinces, communes, imported, heat, drillAreas, facilities, cameras, reports)) {
            layers.put(layer.layerId(), layer);
        }
        return layers;
    }

    private static Map<String, Symbol> facilitySymbols() {
        Map<String, Symbol> symbols = new LinkedHashMap<>();
        symbols.put("hospital", new Symbol(Color.web("#c92a2a"), Glyph.CROSS));
        symbols.put("health_station", new Symbol(Color.web("#e64980"), Glyph.CROSS));
        symbols.put("school", new Symbol(Color.web("#1971c2"), Glyph.BOOK));
        symbols.put("police", new Symbol(Color.web("#364fc7"), Glyph.SHIELD));
        symbols.put("fire_station", new Symbol(Color.web("#e8590c"), Glyph.FLAME));
        symbols.put("shelter", new Symbol(Color.web("#2b8a3e"), Glyph.HOUSE));
        symbols.put("other", new Symbol(Color.web("#868e96"), Glyph.DOT));
        return symbols;
    }

    private static Map<String, Symbol> cameraSymbols() {
        Map<String, Symbol> symbols = new LinkedHashMap<>();
        symbols.put("online", new Symbol(Color.web("#0c8599"), Glyph.CAMERA));
        symbols.put("maintenance", new Symbol(Color.web("#f08c00"), Glyph.CAMERA));
        symbols.put("offline", new Symbol(Color.web("#868e96"), Glyph.CAMERA));
        return symbols;
    }
}
