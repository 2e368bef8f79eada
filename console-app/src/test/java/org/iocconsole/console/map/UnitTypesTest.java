package org.iocconsole.console.map;

import static org.assertj.core.api.Assertions.assertThat;

import org.iocconsole.console.common.I18n;
import org.iocconsole.console.common.Language;
import org.junit.jupiter.api.Test;

class UnitTypesTest {

    @Test
    void translatesTheKnownTypes() {
        UnitTypes english = new UnitTypes(new I18n(Language.EN));

        assertThat(english.name("Phường")).isEqualTo("Ward");
        assertThat(english.name("Xã")).isEqualTo("Commune");
        assertThat(english.name("Đặc khu")).isEqualTo("Special zone");
        assertThat(english.name("Thị trấn")).isEqualTo("Township");
        assertThat(new UnitTypes(new I18n(Language.VI)).name("Phường")).isEqualTo("Phường");
    }

    @Test
    void showsOtherTypesAsTheyCame() {
        assertThat(new UnitTypes(new I18n(Language.EN)).name("Khu phố mới")).isEqualTo("Khu phố mới");
    }
}
