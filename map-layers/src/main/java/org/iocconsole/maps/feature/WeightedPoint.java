package org.iocconsole.maps.feature;

import java.time.Instant;

/** An event at a place and time, for the heat map (a report received). Immutable; thread-safe. */
public record WeightedPoint(double lon, double lat, Instant at, double weight) {}
