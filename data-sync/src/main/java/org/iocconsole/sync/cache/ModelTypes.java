package org.iocconsole.sync.cache;

import org.iocconsole.sync.model.AdminUnit;
import org.iocconsole.sync.model.Camera;
import org.iocconsole.sync.model.CitizenReport;
import org.iocconsole.sync.model.Contract;
import org.iocconsole.sync.model.DocumentStat;
import org.iocconsole.sync.model.DossierStat;
import org.iocconsole.sync.model.Facility;
import org.iocconsole.sync.model.Indicator;
import org.iocconsole.sync.model.Notice;
import org.iocconsole.sync.model.Observation;
import org.iocconsole.sync.model.UnitChange;

/** The model record each contract's pages carry. */
final class ModelTypes {
    private ModelTypes() {}

    static Class<?> of(Contract contract) {
        return switch (contract) {
            case OPEN311 -> CitizenReport.class;
            case ADMIN_UNITS -> AdminUnit.class;
            case UNIT_CHANGES -> UnitChange.class;
            case INDICATORS -> Indicator.class;
            case OBSERVATIONS -> Observation.class;
            case DOSSIER_STATS -> DossierStat.class;
            case DOCUMENT_STATS -> DocumentStat.class;
            case CAMERAS -> Camera.class;
            case FACILITIES -> Facility.class;
            case NOTICES -> Notice.class;
        };
    }
}
