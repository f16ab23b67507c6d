package io.clausewatch.kit.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Inet6Address;
import java.net.InetAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AddressClassifierTest {

    @ParameterizedTest
    @CsvSource({
        "93.184.216.34, PUBLIC",
        "8.8.8.8, PUBLIC",
        "127.0.0.1, LOOPBACK",
        "127.255.0.9, LOOPBACK",
        "10.1.2.3, PRIVATE",
        "172.16.0.1, PRIVATE",
        "172.31.255.255, PRIVATE",
        "172.32.0.1, PUBLIC",
        "192.168.0.1, PRIVATE",
        "100.64.0.1, CGNAT",
        "100.127.255.255, CGNAT",
        "100.128.0.1, PUBLIC",
        "169.254.169.254, METADATA",
        "100.100.100.200, METADATA",
        "192.0.0.192, METADATA",
        "168.63.129.16, METADATA",
        "169.254.1.1, LINK_LOCAL",
        "0.0.0.0, UNSPECIFIED",
        "0.1.2.3, UNSPECIFIED",
        "224.0.0.1, MULTICAST",
        "255.255.255.255, MULTICAST",
        "240.0.0.1, RESERVED",
        "192.0.2.10, RESERVED",
        "198.18.0.1, RESERVED",
        "203.0.113.5, RESERVED",
        "2606:4700::1111, PUBLIC",
        "::1, LOOPBACK",
        "::, UNSPECIFIED",
        "::ffff:127.0.0.1, LOOPBACK",
        "::ffff:10.0.0.1, PRIVATE",
        "::ffff:169.254.169.254, METADATA",
        "::127.0.0.1, LOOPBACK",
        "64:ff9b::a9fe:a9fe, METADATA",
        "64:ff9b::808:808, PUBLIC",
        "2002:7f00:1::, LOOPBACK",
        "2002:5db8:d822::1, PUBLIC",
        "fd00:ec2::254, METADATA",
        "fe80::1, LINK_LOCAL",
        "fc00::1, PRIVATE",
        "fd12:3456::1, PRIVATE",
        "fec0::1, PRIVATE",
        "ff02::1, MULTICAST",
        "2001:db8::1, RESERVED",
        "2001:0:4136:e378::1, RESERVED",
        "100::1, RESERVED",
    })
    void everyAddressHasOneClass(String literal, AddressClass expected) throws Exception {
        // literals only: InetAddress parses them without a lookup
        assertThat(AddressClassifier.classify(InetAddress.getByName(literal)))
                .as(literal)
                .isEqualTo(expected);
    }

    @Test
    void theAllowListOpensLoopbackAndPrivateNetworksOnly() {
        for (AddressClass addressClass : AddressClass.values()) {
            boolean opened =
                    addressClass == AddressClass.LOOPBACK
                            || addressClass == AddressClass.PRIVATE
                            || addressClass == AddressClass.CGNAT;
            assertThat(addressClass.openedByAllowList()).as(addressClass.name()).isEqualTo(opened);
        }
    }

    @Test
    void metadataHostNamesAreKnownWhateverTheyResolveTo() {
        assertThat(AddressClassifier.isMetadataHostName("metadata.google.internal")).isTrue();
        assertThat(AddressClassifier.isMetadataHostName("instance-data.ec2.internal")).isTrue();
        assertThat(AddressClassifier.isMetadataHostName("metadata.azure.com")).isTrue();
        assertThat(AddressClassifier.isMetadataHostName("example.com")).isFalse();
    }

    @Test
    void ipv6AddressesCarryingIpv4AreJudgedByTheIpv4TheyCarry() throws Exception {
        // built as Inet6Address: InetAddress.getByName turns ::ffff:a.b.c.d into an Inet4Address
        assertThat(AddressClassifier.classify(ipv6(0, 0, 0, 0, 0, 0xffff, 0x7f00, 0x0001)))
                .isEqualTo(AddressClass.LOOPBACK);
        assertThat(AddressClassifier.classify(ipv6(0, 0, 0, 0, 0, 0xffff, 0xa9fe, 0xa9fe)))
                .isEqualTo(AddressClass.METADATA);
        assertThat(AddressClassifier.classify(ipv6(0, 0, 0, 0, 0, 0xffff, 0x0a00, 0x0001)))
                .isEqualTo(AddressClass.PRIVATE);
        assertThat(AddressClassifier.classify(ipv6(0, 0, 0, 0, 0, 0, 0x7f00, 0x0001)))
                .isEqualTo(AddressClass.LOOPBACK);
        assertThat(AddressClassifier.classify(ipv6(0, 0, 0, 0, 0, 0xffff, 0x5db8, 0xd822)))
                .isEqualTo(AddressClass.PUBLIC);
    }

    private static InetAddress ipv6(int... groups) throws Exception {
        byte[] bytes = new byte[16];
        for (int i = 0; i < 8; i++) {
            bytes[2 * i] = (byte) (groups[i] >> 8);
            bytes[2 * i + 1] = (byte) groups[i];
        }
        return Inet6Address.getByAddress(null, bytes, null);
    }
}
