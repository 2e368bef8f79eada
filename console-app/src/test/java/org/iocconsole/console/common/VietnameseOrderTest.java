package org.iocconsole.console.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class VietnameseOrderTest {

    private static List<String> sorted(String... names) {
        List<String> list = new ArrayList<>(Arrays.asList(names));
        list.sort(VietnameseOrder.names());
        return list;
    }

    @Test
    void followsTheVietnameseAlphabet() {
        assertThat(sorted("Yên Bình", "Đồng Hỷ", "Ân Thi", "Dân Tiến", "An Khánh", "Ea Kar", "Ăn Hòa"))
                .containsExactly("An Khánh", "Ăn Hòa", "Ân Thi", "Dân Tiến", "Đồng Hỷ", "Ea Kar", "Yên Bình");
    }

    @Test
    void comparesWordByWord() {
        assertThat(sorted("Bạch Thông", "Bắc Kạn", "Bách Quang", "Bá Xuyên", "Ba Bể"))
                .containsExactly("Ba Bể", "Bá Xuyên", "Bách Quang", "Bạch Thông", "Bắc Kạn");
        assertThat(sorted("Gia Sàng Mới", "Gia Sàng")).containsExactly("Gia Sàng", "Gia Sàng Mới");
    }

    @Test
    void putsMissingNamesLast() {
        assertThat(sorted(null, "Gia Sàng")).containsExactly("Gia Sàng", null);
    }
}
