package org.iocconsole.console.common;

import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;

/**
 * "Dữ liệu tính đến 10:32 22/11/2026": the date of some figures, marked when stale. Follows the freshness and the
 * language. FX thread only.
 */
public final class AsOfLabel extends Label {

    public AsOfLabel(I18n i18n, TimeTexts times, ObservableValue<DataFreshness> freshness) {
        textProperty().bind(i18n.compute(() -> text(i18n, times, freshness.getValue()), freshness));
        freshness.subscribe(value -> StyleClasses.toggle(this, StyleClasses.STALE, value != null && value.stale()));
    }

    private static String text(I18n i18n, TimeTexts times, DataFreshness freshness) {
        if (freshness == null || freshness.asOf() == null) {
            return i18n.get("common.asof.none");
        }
        String date = times.absolute(freshness.asOf());
        return i18n.get(freshness.stale() ? "common.asof.stale" : "common.asof", date);
    }
}
