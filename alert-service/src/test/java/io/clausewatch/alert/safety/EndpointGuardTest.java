package io.clausewatch.alert.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EndpointGuardTest {

    private static final Map<String, String> DNS =
            Map.of(
                    "hooks.example.com", "93.184.216.34",
                    "rebind.example.com", "10.1.2.3",
                    "v6.example.com", "2606:4700::1111",
                    "mapped.example.com", "::ffff:169.254.169.254");

    private final EndpointGuard strict =
            new EndpointGuard(false, false, EndpointGuardTest::resolve);
    private final EndpointGuard development =
            new EndpointGuard(true, false, EndpointGuardTest::resolve);

    private static InetAddress[] resolve(String host) throws UnknownHostException {
        String address = DNS.get(host);
        if (address == null) {
            throw new UnknownHostException(host);
        }
        return new InetAddress[] {InetAddress.getByName(address)};
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://127.0.0.1/hook",
                "http://127.255.255.254/hook",
                "http://localhost.:80/hook",
                "http://10.0.0.1/hook",
                "http://172.16.5.4/hook",
                "http://172.31.255.255/hook",
                "http://192.168.1.1/hook",
                "http://100.64.0.1/hook",
                "http://100.127.255.255/hook",
                "http://169.254.1.1/hook",
                "http://169.254.169.254/latest/meta-data/",
                "http://100.100.100.200/",
                "http://0.0.0.0/",
                "http://0/",
                "http://224.0.0.1/",
                "http://239.255.255.250/",
                "http://255.255.255.255/",
                "http://240.0.0.1/",
                "http://2130706433/",
                "http://0x7f000001/",
                "http://0x7f.0.0.1/",
                "http://0177.0.0.1/",
                "http://017700000001/",
                "http://127.1/",
                "http://127.0.1/",
                "http://0xa9fea9fe/",
                "http://[::1]/",
                "http://[::]/",
                "http://[0:0:0:0:0:0:0:1]/",
                "http://[::ffff:127.0.0.1]/",
                "http://[::ffff:7f00:1]/",
                "http://[::ffff:169.254.169.254]/",
                "http://[::127.0.0.1]/",
                "http://[64:ff9b::a9fe:a9fe]/",
                "http://[2002:7f00:1::]/",
                "http://[fe80::1]/",
                "http://[fc00::1]/",
                "http://[fd00:ec2::254]/",
                "http://[ff02::1]/",
                "http://[fec0::1]/",
                "http://rebind.example.com/hook",
                "http://mapped.example.com/hook",
                "http://metadata.google.internal/computeMetadata/v1/",
                "http://metadata/",
            })
    void internalDestinationsAreRefused(String url) {
        assertThatThrownBy(() -> strict.check(url)).isInstanceOf(EndpointRefused.class);
    }

    @ParameterizedTest
    @CsvSource({
        "https://hooks.example.com/clausewatch, 93.184.216.34",
        "http://93.184.216.34:8080/hook, 93.184.216.34",
        "https://v6.example.com/hook, 2606:4700:0:0:0:0:0:1111",
        "https://[2606:4700::1111]/hook, 2606:4700:0:0:0:0:0:1111",
    })
    void publicDestinationsPassWithTheAddressThatWasChecked(String url, String address)
            throws Exception {
        assertThat(strict.check(url).address().getHostAddress()).isEqualTo(address);
    }

    @Test
    void allowListOpensLoopbackAndPrivateNetworksButNeverMetadata() throws Exception {
        assertThat(development.check("http://127.0.0.1:9000/hook").address().getHostAddress())
                .isEqualTo("127.0.0.1");
        assertThat(development.check("http://10.0.0.7/hook")).isNotNull();
        assertThatThrownBy(() -> development.check("http://169.254.169.254/"))
                .hasMessageContaining("metadata");
        assertThatThrownBy(() -> development.check("http://[::ffff:169.254.169.254]/"))
                .hasMessageContaining("metadata");
        assertThatThrownBy(() -> development.check("http://0.0.0.0/"))
                .hasMessageContaining("unspecified");
    }

    @Test
    void oddNotationsOfPublicAddressesAreRefusedWithAHint() {
        assertThatThrownBy(() -> strict.check("http://0x5db8d822/"))
                .hasMessageContaining("unusual notation");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "''| the URL is missing",
                "ftp://hooks.example.com/| must start with https:// or http://",
                "hooks.example.com/hook| must start with https:// or http://",
                "http://user:pw@hooks.example.com/| user name or password",
                "http:///path-only| no valid host",
                "http://exa mple.com/| not valid",
                "https://hooks.example.com/#frag| fragment",
                "https://unknown.example.net/| does not resolve",
            })
    void malformedUrlsAreRefusedWithAReason(String url, String reason) {
        assertThatThrownBy(() -> strict.check(url)).hasMessageContaining(reason.trim());
    }

    @Test
    void httpsCanBeRequired() {
        EndpointGuard httpsOnly = new EndpointGuard(false, true, EndpointGuardTest::resolve);
        assertThatThrownBy(() -> httpsOnly.check("http://hooks.example.com/"))
                .hasMessageContaining("must use https");
    }

    @Test
    void overlongUrlsAreRefused() {
        String url = "https://hooks.example.com/" + "a".repeat(EndpointGuard.MAX_URL_LENGTH);
        assertThatThrownBy(() -> strict.check(url)).hasMessageContaining("longer than");
    }
}
