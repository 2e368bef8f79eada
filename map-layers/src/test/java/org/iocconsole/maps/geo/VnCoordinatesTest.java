package org.iocconsole.maps.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateTransformFactory;
import org.locationtech.proj4j.ProjCoordinate;

/**
 * Checks of the VN-2000 conversions. Published control points: the Transverse Mercator worked example of IOGP
 * Guidance Note 7-2 (EPSG method 9807, §3.5.3.1: 50°30'N 0°30'E on OSGB 1936 / British National Grid gives E 577 274.99
 * m, N 69 740.50 m), which checks the projection formulas every VN-2000 zone uses; the false origin of each TM-3 zone
 * (EPSG: latitude 0° on the central meridian is E 500 000 m, N 0 m); and the size of the VN-2000 datum shift, a few
 * hundred metres in the north of Vietnam, as surveyors describe it. Round trips cover every supported code.
 */
class VnCoordinatesTest {
    private final VnCoordinates vn = new VnCoordinates();

    @Test
    void transverseMercatorMatchesTheGuidanceNoteExample() {
        var crs = new CRSFactory();
        var osgb = crs.createFromParameters(
                "osgb",
                "+proj=tmerc +lat_0=49 +lon_0=-2 +k=0.9996012717 +x_0=400000 +y_0=-100000 "
                        + "+ellps=airy +units=m +no_defs");
        var airy = crs.createFromParameters("airy", "+proj=longlat +ellps=airy +no_defs");
        var transform = new CoordinateTransformFactory().createTransform(airy, osgb);
        ProjCoordinate out = new ProjCoordinate();
        transform.transform(new ProjCoordinate(0.5, 50.5), out);
        assertThat(out.x).isCloseTo(577274.99, within(0.02));
        assertThat(out.y).isCloseTo(69740.50, within(0.02));
    }

    @Test
    void eachTm3ZoneHasItsFalseOriginOnItsCentralMeridian() {
        // Thái Nguyên's zone (EPSG:9213) is centred on 106°30'; from VN-2000 geographic there is no datum shift.
        double[] origin = vn.transform(4756, 9213, 106.5, 0);
        assertThat(origin[0]).isCloseTo(500000, within(1e-6));
        assertThat(origin[1]).isCloseTo(0, within(1e-6));
        double[] north = vn.transform(4756, 9213, 106.5, 21.6);
        assertThat(north[0]).isCloseTo(500000, within(1e-6));
        // East of the meridian is east of the false easting, by about 111 km per degree times cos(latitude).
        double[] east = vn.transform(4756, 9213, 107.5, 21.6);
        assertThat(east[0] - 500000).isCloseTo(103_600, within(600.0));
        double[] zone482 = vn.transform(4756, 5897, 105.0, 10.0);
        assertThat(zone482[0]).isCloseTo(500000, within(1e-6));
        double[] utm48 = vn.transform(4756, 3405, 105.0, 0);
        assertThat(utm48[0]).isCloseTo(500000, within(1e-6));
    }

    @Test
    void theDatumShiftIsAFewHundredMetresInTheNorth() {
        double[] wgs84 = {105.84, 21.59};
        double[] vn2000 = vn.transform(VnCoordinates.WGS84, 4756, wgs84[0], wgs84[1]);
        double dx = (vn2000[0] - wgs84[0]) * 111_320 * Math.cos(Math.toRadians(wgs84[1]));
        double dy = (vn2000[1] - wgs84[1]) * 110_574;
        assertThat(Math.hypot(dx, dy)).isBetween(100.0, 500.0);
    }

    @Test
    void everySupportedSystemRoundTripsToTheMillimetre() {
        double lon = 105.8442;
        double lat = 21.5942; // Thái Nguyên
        for (int code : VnCoordinates.supportedCodes()) {
            double[] there = vn.transform(VnCoordinates.WGS84, code, lon, lat);
            double[] back = vn.transform(code, VnCoordinates.WGS84, there[0], there[1]);
            assertThat(back[0]).as("EPSG:%d", code).isCloseTo(lon, within(1e-8));
            assertThat(back[1]).as("EPSG:%d", code).isCloseTo(lat, within(1e-8));
        }
    }

    @Test
    void unknownCodesAreRefusedWithTheirNumber() {
        assertThatThrownBy(() -> vn.transform(VnCoordinates.WGS84, 9999, 105, 21))
                .hasMessageContaining("EPSG:9999");
    }
}
