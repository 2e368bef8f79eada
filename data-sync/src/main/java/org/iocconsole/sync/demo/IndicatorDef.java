package org.iocconsole.sync.demo;

import java.time.YearMonth;
import java.util.SplittableRandom;

/**
 * An indicator of the catalog ({@code indicators.yaml}) and the model its demo values follow. Immutable.
 *
 * @param season twelve monthly factors, January first
 */
record IndicatorDef(
        String code,
        String nameVi,
        String nameEn,
        String category,
        String unit,
        String direction,
        String periodicity,
        Double target,
        Double warning,
        Double critical,
        String kind,
        double base,
        double trend,
        double noise,
        double[] season,
        boolean covid,
        int decimals,
        double min,
        double max,
        boolean communes,
        boolean schoolMonths) {

    boolean quarterly() {
        return "quarter".equals(periodicity);
    }

    /**
     * The value for a unit holding {@code share} of the province, for a period starting in {@code month}, with
     * {@code fraction} of the period elapsed; {@code spread} widens the noise (communes vary more).
     */
    Double value(double share, YearMonth month, double fraction, double spread, SplittableRandom random) {
        if (schoolMonths && (month.getMonthValue() == 7 || month.getMonthValue() == 8)) {
            return null;
        }
        double years = month.getYear() - 2024 + (month.getMonthValue() - 1) / 12.0;
        double lockdown = covid ? lockdownFactor(month) : 1.0;
        double noiseDraw = random.nextGaussian() * spread;
        double value =
                switch (kind) {
                    case "count" ->
                        base
                                * share
                                * season[month.getMonthValue() - 1]
                                * Math.pow(1 + trend, years)
                                * lockdown
                                * Math.exp(noise * noiseDraw)
                                * fraction;
                    case "level" -> base * share * Math.pow(1 + trend, years) * (1 + noise * noiseDraw);
                    case "growth" -> base + trend * years + noise * noiseDraw - (1 - lockdown) * 18;
                    default ->
                        (base + trend * years) * season[month.getMonthValue() - 1]
                                + noise * noiseDraw * (2 - fraction)
                                - (1 - lockdown) * 25;
                };
        value = Math.max(min, Math.min(max, value));
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }

    /** How much the lockdowns of spring 2020 and summer 2021 held activity back. */
    static double lockdownFactor(YearMonth month) {
        return switch (month.toString()) {
            case "2020-02" -> 0.95;
            case "2020-03" -> 0.85;
            case "2020-04" -> 0.7;
            case "2020-05" -> 0.9;
            case "2021-08" -> 0.75;
            case "2021-09" -> 0.82;
            default -> 1.0;
        };
    }
}
