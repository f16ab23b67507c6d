package io.clausewatch.kit.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class Ipv4LiteralsTest {

    @ParameterizedTest
    @CsvSource({
        "2130706433, 127.0.0.1",
        "0x7f000001, 127.0.0.1",
        "0177.0.0.1, 127.0.0.1",
        "127.1, 127.0.0.1",
        "10.1, 10.0.0.1",
        "192.168.257, 192.168.1.1",
        "0xA9.0xFE.0xA9.0xFE, 169.254.169.254",
        "0, 0.0.0.0",
        "8.8.8.8., 8.8.8.8",
    })
    void numericSpellingsReadAsTheAddressResolversWouldUse(String host, String address)
            throws Exception {
        byte[] bytes = Ipv4Literals.parse(host);
        assertThat(InetAddress.getByAddress(bytes).getHostAddress()).isEqualTo(address);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "example.com",
                "1e100.net",
                "1.2.3.4.5",
                "256.1.1.1",
                "09.1.1.1",
                "a.1.1.1",
                "-1",
                "1.-1",
                "4294967296",
                ""
            })
    void namesAndImpossibleNumbersAreNotAddresses(String host) {
        assertThat(Ipv4Literals.parse(host)).isNull();
    }

    @ParameterizedTest
    @CsvSource({
        "8.8.8.8, true",
        "127.0.0.1, true",
        "127.1, false",
        "0177.0.0.1, false",
        "1.2.3.256, false"
    })
    void dottedDecimalIsFourPlainNumbers(String host, boolean dotted) {
        assertThat(Ipv4Literals.isDottedDecimal(host)).isEqualTo(dotted);
    }
}
