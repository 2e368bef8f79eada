package org.iocconsole.maps.tiles;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.iocconsole.maps.feature.Feature;
import org.iocconsole.maps.feature.FeatureCollection;
import org.iocconsole.maps.geo.AreaIndex;
import org.iocconsole.maps.geo.WebMercator;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

class GeneratedBasemapTest {
    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    private static Polygon box(double west, double south, double east, double north) {
        return GEOMETRY.createPolygon(new Coordinate[] {
            new Coordinate(west, south),
            new Coordinate(east, south),
            new Coordinate(east, north),
            new Coordinate(west, north),
            new Coordinate(west, south)
        });
    }

    private static GeneratedBasemap thaiNguyenLike() {
        AreaIndex province = new AreaIndex(new FeatureCollection(
                List.of(new Feature("19", box(105.5, 21.3, 106.3, 22.1), Map.of("name", "Thái Nguyên")))));
        AreaIndex communes = new AreaIndex(new FeatureCollection(List.of(
                new Feature("a", box(105.5, 21.3, 105.9, 21.7), Map.of()),
                new Feature("b", box(105.9, 21.3, 106.3, 21.7), Map.of()))));
        return new GeneratedBasemap(province, communes, "boundaries");
    }

    private static long tileX(double lon, int zoom) {
        return (long) Math.floor(WebMercator.x(lon) * (1 << zoom));
    }

    private static long tileY(double lat, int zoom) {
        return (long) Math.floor(WebMercator.y(lat) * (1 << zoom));
    }

    @Test
    void aTileOverTheProvinceIsNotBlank() {
        int zoom = 9;
        int[] pixels = ((Tile.Pixels) thaiNguyenLike()
                        .tile(zoom, tileX(105.9, zoom), tileY(21.7, zoom))
                        .orElseThrow())
                .argb();
        Set<Integer> colours = new HashSet<>();
        long differentFromSea = 0;
        for (int pixel : pixels) {
            colours.add(pixel);
            if (pixel != GeneratedBasemap.SEA) {
                differentFromSea++;
            }
        }
        assertThat(pixels).hasSize(256 * 256);
        assertThat(differentFromSea).isGreaterThan(pixels.length / 10);
        // Land, communes and the borders between them: more than two colours.
        assertThat(colours.size()).isGreaterThan(2);
    }

    @Test
    void aTileFarAtSeaIsPlainSea() {
        int zoom = 9;
        int[] pixels = ((Tile.Pixels) thaiNguyenLike()
                        .tile(zoom, tileX(115, zoom), tileY(12, zoom))
                        .orElseThrow())
                .argb();
        for (int pixel : pixels) {
            assertThat(pixel).isEqualTo(GeneratedBasemap.SEA);
        }
    }
}
