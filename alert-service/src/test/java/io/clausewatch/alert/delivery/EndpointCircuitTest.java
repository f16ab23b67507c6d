package io.clausewatch.alert.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EndpointCircuitTest {

    private final EndpointCircuit circuit =
            new EndpointCircuit(3, Duration.ofSeconds(1), Duration.ofSeconds(5));

    @Test
    void failuresBelowTheThresholdKeepTheFullLimit() {
        circuit.record("a", false, 0);
        circuit.record("a", false, 10);

        assertThat(circuit.allowed("a", 4, 20)).isEqualTo(4);
        assertThat(circuit.restricted(4, 20)).isEmpty();
    }

    @Test
    void thresholdOpensTheCircuitThenOneProbeGoesAfterThePause() {
        fail(3, 0);

        assertThat(circuit.allowed("a", 4, 500)).isZero();
        assertThat(circuit.restricted(4, 500)).isEqualTo(Map.of("a", 0));
        assertThat(circuit.allowed("a", 4, 1_000)).isEqualTo(1);
        assertThat(circuit.allowed("other", 4, 500)).isEqualTo(4);
    }

    @Test
    void failedProbesDoubleThePauseUpToTheLongest() {
        fail(3, 0);
        circuit.record("a", false, 1_000);
        assertThat(circuit.allowed("a", 4, 2_999)).isZero();
        assertThat(circuit.allowed("a", 4, 3_000)).isEqualTo(1);

        circuit.record("a", false, 3_000);
        circuit.record("a", false, 7_000);
        circuit.record("a", false, 12_000);
        assertThat(circuit.allowed("a", 4, 16_999)).isZero();
        assertThat(circuit.allowed("a", 4, 17_000)).isEqualTo(1);
    }

    @Test
    void attemptsStillInFlightWhenItOpenedDoNotLengthenThePause() {
        fail(3, 0);
        circuit.record("a", false, 200);
        circuit.record("a", false, 400);

        assertThat(circuit.allowed("a", 4, 1_000)).isEqualTo(1);
    }

    @Test
    void aSuccessClosesTheCircuit() {
        fail(3, 0);
        circuit.record("a", true, 1_000);

        assertThat(circuit.allowed("a", 4, 1_001)).isEqualTo(4);
        circuit.record("a", false, 1_002);
        assertThat(circuit.allowed("a", 4, 1_003)).isEqualTo(4);
    }

    private void fail(int times, long at) {
        for (int i = 0; i < times; i++) {
            circuit.record("a", false, at);
        }
    }
}
