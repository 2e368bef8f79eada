package org.iocconsole.console.reports;

import java.util.Set;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import org.iocconsole.console.common.DataFreshness;
import org.iocconsole.sync.model.Contract;

/** The state of the citizen reports screen. FX thread only. */
public final class ReportsViewModel {
    /** The contracts whose figures this screen shows; its "as of" covers their sources. */
    public static final Set<Contract> CONTRACTS = Set.of(Contract.OPEN311);

    private final ReadOnlyObjectWrapper<DataFreshness> freshness = new ReadOnlyObjectWrapper<>(this, "freshness");

    /** @param freshness the freshness of the sources of {@link #CONTRACTS} */
    public ReportsViewModel(ObservableValue<DataFreshness> freshness) {
        this.freshness.bind(freshness);
    }

    public ReadOnlyObjectProperty<DataFreshness> freshnessProperty() {
        return freshness.getReadOnlyProperty();
    }
}
