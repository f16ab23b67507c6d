package io.clausewatch.crawler.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
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
                "https://0127.0.0.1/terms",
                "https://010.0.0.1/terms",
                "http://0x5d.0xb8.0xd8.0x22/terms",
                "http://1572395042/terms",
                "http://0/terms",
                "http://10.1.2.3/terms",
                "http://172.20.0.1/terms",
                "http://192.168.1.1/terms",
                "http://169.254.169.254/latest/meta-data",
                "http://[fd00:ec2::254]/latest/meta-data",
                "http://metadata.google.internal/computeMetadata/v1/",
                "http://168.63.129.16/machine",
                "http://224.0.0.1/terms",
                "http://[ff02::1]/terms",
                "http://[64:ff9b::a00:1]/terms",
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

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://10.1.2.3/terms",
                "http://172.16.0.1/terms",
                "http://192.168.1.1/terms",
                "http://100.64.0.1/terms",
                "http://[fd12:3456::1]/terms",
                "http://[::ffff:127.0.0.1]/terms",
                "http://localhost/terms"
            })
    void allowingPrivateOpensLoopbackAndPrivateNetworks(String url) {
        assertThat(new AddressGuard(true).check(URI.create(url))).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://169.254.169.254/latest/meta-data/",
                "http://0xa9fea9fe/latest/meta-data/",
                "http://2852039166/latest/meta-data/",
                "http://[::ffff:169.254.169.254]/latest/meta-data/",
                "http://[fd00:ec2::254]/latest/meta-data/",
                "http://metadata.google.internal/computeMetadata/v1/",
                "http://METADATA.Google.Internal./computeMetadata/v1/",
                "http://metadata/computeMetadata/v1/",
                "http://100.100.100.200/latest/meta-data/",
                "http://192.0.0.192/latest/",
                "http://169.254.1.1/terms",
                "http://[fe80::1]/terms",
                "http://0.0.0.0/terms",
                "http://[::]/terms",
                "http://224.0.0.1/terms",
                "http://255.255.255.255/terms"
            })
    void metadataAndLinkLocalStayClosedWhenPrivateIsAllowed(String url) {
        AddressGuard developer = new AddressGuard(true);

        assertThatThrownBy(() -> developer.check(URI.create(url)))
                .isInstanceOf(CrawlFailure.class)
                .extracting(e -> ((CrawlFailure) e).failureClass())
                .isEqualTo(FailureClass.INVALID_URL);
    }

    @Test
    void nameThatResolvesToTheMetadataServiceIsRefusedWhenPrivateIsAllowed() {
        AddressGuard developer =
                new AddressGuard(
                        true,
                        host ->
                                new InetAddress[] {
                                    address(host, 10, 0, 0, 5), address(host, 169, 254, 169, 254)
                                });

        assertThatThrownBy(() -> developer.check(URI.create("http://innocent.example/terms")))
                .hasMessageContaining("metadata");
    }

    @Test
    void nameThatTurnsPrivateAfterTheFirstCheckIsRefusedAtTheNext() {
        AtomicInteger lookups = new AtomicInteger();
        AddressGuard production =
                new AddressGuard(
                        false,
                        host ->
                                new InetAddress[] {
                                    lookups.getAndIncrement() == 0
                                            ? address(host, 93, 184, 216, 34)
                                            : address(host, 10, 0, 0, 7)
                                });
        URI uri = URI.create("http://policies.example/terms");

        assertThat(production.check(uri))
                .containsExactly(address("policies.example", 93, 184, 216, 34));
        assertThatThrownBy(() -> production.check(uri))
                .isInstanceOf(CrawlFailure.class)
                .hasMessageContaining("private");
    }

    private static InetAddress address(String host, int a, int b, int c, int d) {
        try {
            return InetAddress.getByAddress(
                    host, new byte[] {(byte) a, (byte) b, (byte) c, (byte) d});
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
