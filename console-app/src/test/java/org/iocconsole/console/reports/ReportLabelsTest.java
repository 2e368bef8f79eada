package org.iocconsole.console.reports;

import static org.assertj.core.api.Assertions.assertThat;

import org.iocconsole.console.common.I18n;
import org.iocconsole.console.common.Language;
import org.junit.jupiter.api.Test;

class ReportLabelsTest {

    @Test
    void everyDocumentedValueHasANameInBothLanguages() {
        for (Language language : Language.values()) {
            ReportLabels labels = new ReportLabels(new I18n(language));
            for (String status : ReportLabels.WORKFLOW) {
                assertThat(labels.workflow(status)).as(language + " " + status).isNotEqualTo(status);
            }
            for (String priority : ReportLabels.PRIORITY) {
                assertThat(labels.priority(priority))
                        .as(language + " " + priority)
                        .isNotEqualTo(priority);
            }
        }
    }

    @Test
    void translatesKnownValuesAndShowsOthersAsPlainText() {
        ReportLabels labels = new ReportLabels(new I18n(Language.VI));

        assertThat(labels.workflow("in_progress")).isEqualTo("Đang xử lý");
        assertThat(labels.priority("urgent")).isEqualTo("Khẩn cấp");
        assertThat(labels.workflow("escalated\nto {0}")).isEqualTo("escalated to {0}");
        assertThat(labels.priority(null)).isNull();
    }
}
