package org.iocconsole.console.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class SearchTextTest {

    @Test
    void foldsDiacriticsCaseAndSpaces() {
        assertThat(SearchText.fold("Đồng Quang")).isEqualTo("dong quang");
        assertThat(SearchText.fold("  Phường   ĐỒNG\tQuang ")).isEqualTo("phuong dong quang");
        assertThat(SearchText.fold("Nguyễn Trãi, Ưng Hòa, Ân Thi, Bắc Kạn, Hà Giang"))
                .isEqualTo("nguyen trai, ung hoa, an thi, bac kan, ha giang");
        assertThat(SearchText.fold(null)).isEmpty();
    }

    @Test
    void foldsDecomposedTextLikeComposedText() {
        String decomposed = Normalizer.normalize("Đồng Hỷ", Normalizer.Form.NFD);

        assertThat(decomposed).isNotEqualTo("Đồng Hỷ");
        assertThat(SearchText.fold(decomposed)).isEqualTo("dong hy");
    }

    @Test
    void aQueryWithOrWithoutDiacriticsFindsTheText() {
        String key = SearchText.key("Ngã tư Đồng Quang", "Phường Phan Đình Phùng", "CAM-001");

        for (String query :
                new String[] {"dong quang", "Đồng Quang", "ĐỒNG QUANG", "quang  dong", "nga tu", "cam-001"}) {
            assertThat(SearchText.matcher(query).test(key)).as(query).isTrue();
        }
        for (String query : new String[] {"dong hy", "quang trung", "dong quang x"}) {
            assertThat(SearchText.matcher(query).test(key)).as(query).isFalse();
        }
    }

    @Test
    void aBlankQueryMatchesEverything() {
        Predicate<String> blank = SearchText.matcher("   ");

        assertThat(blank.test("anything")).isTrue();
        assertThat(SearchText.matcher(null).test("")).isTrue();
    }

    @Test
    void keysLeaveOutMissingFields() {
        assertThat(SearchText.key("Đồng Quang", null, "05443")).isEqualTo("dong quang 05443");
    }
}
