package org.iocconsole.sync.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LoopbackTest {

    @ParameterizedTest
    @CsvSource({
        "localhost, true",
        "LOCALHOST, true",
        "127.0.0.1, true",
        "127.255.0.9, true",
        "[::1], true",
        "::1, true",
        "0:0:0:0:0:0:0:1, true",
        "128.0.0.1, false",
        "127.0.0.256, false",
        "127.0.0, false",
        "127.0.0.1.nip.io, false",
        "localhost.example.com, false",
        "::2, false",
        "[fe80::1], false",
        "ioc.example.gov.vn, false",
        "'', false",
    })
    void tellsLoopbackHostsFromTheirText(String host, boolean loopback) {
        assertThat(Loopback.isLoopbackHost(host)).isEqualTo(loopback);
    }
}
