package org.iocconsole.maps.geo;

/**
 * What a frame shows: world units (see {@link WebMercator}) to screen pixels as {@code screen = world * scale +
 * offset}, over a screen of {@code width × height}. Immutable; thread-safe.
 */
public record Viewport(double zoom, double scale, double offsetX, double offsetY, double width, double height) {

    /** A view of {@code width × height} pixels centred on a point at a zoom. */
    public static Viewport centred(double lon, double lat, double zoom, double width, double height) {
        double scale = WebMercator.scale(zoom);
        return new Viewport(
                zoom,
                scale,
                width / 2 - WebMercator.x(lon) * scale,
                height / 2 - WebMercator.y(lat) * scale,
                width,
                height);
    }

    public double screenX(double worldX) {
        return worldX * scale + offsetX;
    }

    public double screenY(double worldY) {
        return worldY * scale + offsetY;
    }

    public double worldX(double screenX) {
        return (screenX - offsetX) / scale;
    }

    public double worldY(double screenY) {
        return (screenY - offsetY) / scale;
    }

    /** The same view moved by some pixels. */
    public Viewport panned(double dx, double dy) {
        return new Viewport(zoom, scale, offsetX + dx, offsetY + dy, width, height);
    }

    /** The same view over a screen of another size, with the same origin. */
    public Viewport resized(double newWidth, double newHeight) {
        return new Viewport(zoom, scale, offsetX, offsetY, newWidth, newHeight);
    }

    /** The same view zoomed about the screen's centre. */
    public Viewport zoomedTo(double newZoom) {
        double cx = worldX(width / 2);
        double cy = worldY(height / 2);
        return centred(WebMercator.lon(cx), WebMercator.lat(cy), newZoom, width, height);
    }
}
