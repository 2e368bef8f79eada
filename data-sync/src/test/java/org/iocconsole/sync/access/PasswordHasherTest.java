package org.iocconsole.sync.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {
    private final PasswordHasher hasher = new PasswordHasher(1_000);

    @Test
    void theRightPasswordMatchesAndAWrongOneDoesNot() {
        String stored = hasher.hash("mật khẩu dài 2025".toCharArray());

        assertThat(hasher.matches("mật khẩu dài 2025".toCharArray(), stored)).isTrue();
        assertThat(hasher.matches("mat khau dai 2025".toCharArray(), stored)).isFalse();
        assertThat(hasher.matches("".toCharArray(), stored)).isFalse();
    }

    @Test
    void storesNameIterationsSaltAndHashButNeverThePassword() {
        String stored = hasher.hash("correct horse battery".toCharArray());

        assertThat(stored).startsWith("pbkdf2-sha256$1000$").doesNotContain("horse");
        assertThat(stored.split("\\$")).hasSize(4);
    }

    @Test
    void theSamePasswordHashesDifferentlyEachTime() {
        char[] password = "correct horse battery".toCharArray();

        assertThat(hasher.hash(password)).isNotEqualTo(hasher.hash(password));
    }

    @Test
    void aHashMadeWithAnotherIterationCountStillMatches() {
        String older = new PasswordHasher(500).hash("correct horse battery".toCharArray());

        assertThat(hasher.matches("correct horse battery".toCharArray(), older)).isTrue();
    }

    @Test
    void unreadableStoredFormsNeverMatch() {
        char[] password = "correct horse battery".toCharArray();
        String good = hasher.hash(password);
        String[] parts = good.split("\\$");

        assertThat(hasher.matches(password, null)).isFalse();
        assertThat(hasher.matches(password, "")).isFalse();
        assertThat(hasher.matches(password, "md5$1$abc$def")).isFalse();
        assertThat(hasher.matches(password, parts[0] + "$x$" + parts[2] + "$" + parts[3]))
                .isFalse();
        assertThat(hasher.matches(password, parts[0] + "$0$" + parts[2] + "$" + parts[3]))
                .isFalse();
        assertThat(hasher.matches(password, parts[0] + "$1000$!!$" + parts[3])).isFalse();
        assertThat(hasher.matches(password, parts[0] + "$1000$" + parts[2] + "$"))
                .isFalse();
    }

    @Test
    void wipingOverwritesThePassword() {
        char[] password = "correct horse battery".toCharArray();

        PasswordHasher.wipe(password);

        assertThat(password).containsOnly('\0');
    }

    @Test
    void refusesAnIterationCountBelowOne() {
        assertThatThrownBy(() -> new PasswordHasher(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
