package io.clausewatch.kit.net;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AddressPolicyTest {

    private final AddressPolicy production = new AddressPolicy(false);
    private final AddressPolicy development = new AddressPolicy(true);

    @Test
    void developmentOpensLoopbackAndPrivateNetworksOnly() {
        assertThat(production.permits(AddressClass.PUBLIC)).isTrue();
        assertThat(production.permits(AddressClass.LOOPBACK)).isFalse();
        assertThat(development.permits(AddressClass.LOOPBACK)).isTrue();
        assertThat(development.permits(AddressClass.CGNAT)).isTrue();
        assertThat(development.permits(AddressClass.METADATA)).isFalse();
        assertThat(development.permits(AddressClass.LINK_LOCAL)).isFalse();
    }

    @Test
    void numericHostsAreReadAndJudged() {
        assertThat(production.numericHost("example.com")).isNull();
        assertThat(production.numericHost("93.184.216.34").address().getHostAddress())
                .isEqualTo("93.184.216.34");
        assertThat(production.numericHost("2130706433").refusal())
                .isEqualTo("is a loopback address");
        assertThat(development.numericHost("127.0.0.1").refused()).isFalse();
        assertThat(development.numericHost("0xa9fea9fe").refusal())
                .isEqualTo("is a cloud metadata address");
        // public, but resolvers disagree on what 0x5d.0xb8.0xd8.0x22 or 0127.0.0.1 mean
        assertThat(production.numericHost("0x5d.0xb8.0xd8.0x22").refusal())
                .contains("unusual notation");
        assertThat(production.numericHost("0127.0.0.1").refusal()).contains("unusual notation");
    }
}
