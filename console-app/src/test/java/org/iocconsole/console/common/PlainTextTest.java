package org.iocconsole.console.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlainTextTest {

    @Test
    void keepsOrdinaryTextAsItIs() {
        assertThat(PlainText.line("Hư hỏng đường, vỉa hè <b>_x_</b> {0}"))
                .isEqualTo("Hư hỏng đường, vỉa hè <b>_x_</b> {0}");
    }

    @Test
    void putsTextOnOneLineWithoutInvisibleCharacters() {
        assertThat(PlainText.line("Sở\nXây\r\n dựng\t")).isEqualTo("Sở Xây dựng");
        assertThat(PlainText.line("abc\u202Efed\u2028x")).isEqualTo("abc fed x");
        assertThat(PlainText.line(null)).isNull();
    }
}
