package org.iocconsole.maps.layer;

import java.util.Map;

/**
 * What a click or the mouse found on a layer: the feature's id, or a cluster of {@code count} points with how many of
 * each category it holds (a single point is a cluster of one). Immutable.
 */
public record Pick(String layerId, String featureId, String label, int count, Map<String, Integer> mix) {

    public Pick {
        mix = Map.copyOf(mix);
    }

    public boolean isCluster() {
        return count > 1;
    }
}
