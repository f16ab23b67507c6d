package io.clausewatch.crawler.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AddressGuardTest {

    private final AddressGuard guard = new AddressGuard(false);

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://127.0.0.1/terms",
                "http://localhost/terms",
                "http://2130706433/terms",
                "http://0x7f000001/terms",
                "http://0177.0.0.1/terms",
                "http://127.1/terms",
                "http://0/terms",
                "http://10.1.2.3/terms",
                "http://172.20.0.1/terms",
                "http://192.168.1.1/terms",
                "http://169.254.169.254/latest/meta-data",
                "http://100.64.0.1/terms",
                "http://[::1]/terms",
                "http://[::ffff:127.0.0.1]/terms",
                "http://[::ffff:a9fe:a9fe]/terms",
                "http://[fd00::1]/terms",
                "http://[fe80::1]/terms",
                "http://user:pw@example.com/terms",
                "ftp://example.com/terms",
                "file:///etc/passwd"
            })
    void privateLocalAndOddUrlsAreRefused(String url) {
        assertThatThrownBy(() -> guard.check(URI.create(url)))
                .isInstanceOf(CrawlFailure.class)
                .extracting(e -> ((CrawlFailure) e).failureClass())
                .isEqualTo(FailureClass.INVALID_URL);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://93.184.216.34/terms", "https://[2606:2800:220:1::]/x"})
    void publicAddressesPass(String url) {
        assertThat(guard.check(URI.create(url))).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1/terms", "http://[::1]/terms"})
    void privateAddressesPassWhenAllowed(String url) {
        assertThat(new AddressGuard(true).check(URI.create(url))).isNotEmpty();
    }
}
