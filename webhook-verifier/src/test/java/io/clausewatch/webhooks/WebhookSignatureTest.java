package io.clausewatch.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    // The example of the Standard Webhooks specification, so that the signature interoperates
    // with every library that follows it.
    private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private static final String ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    private static final long TIMESTAMP = 1614265330L;
    private static final String BODY = "{\"test\": 2432232314}";

    @Test
    void signatureMatchesTheSpecificationExample() {
        String signature = WebhookSignature.forSecret(SECRET).sign(ID, TIMESTAMP, BODY);

        assertThat(signature).isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @Test
    void validDeliveryVerifies() {
        WebhookSignature signer = WebhookSignature.forSecret(SECRET);
        String header = signer.sign(ID, TIMESTAMP, BODY);

        var result =
                signer.verify(
                        ID,
                        Long.toString(TIMESTAMP),
                        header,
                        BODY,
                        Instant.ofEpochSecond(TIMESTAMP + 10),
                        Duration.ofMinutes(5));

        assertThat(result).isEqualTo(WebhookSignature.Result.VALID);
    }

    @Test
    void anyOfSeveralSignaturesIsEnough() {
        WebhookSignature signer = WebhookSignature.forSecret(SECRET);
        String header = "v1,bm90LXRoaXMtb25l " + signer.sign(ID, TIMESTAMP, BODY);

        var result =
                signer.verify(
                        ID,
                        Long.toString(TIMESTAMP),
                        header,
                        BODY,
                        Instant.ofEpochSecond(TIMESTAMP),
                        Duration.ofMinutes(5));

        assertThat(result.isValid()).isTrue();
    }

    @Test
    void tamperedBodyIsRejected() {
        WebhookSignature signer = WebhookSignature.forSecret(SECRET);
        String header = signer.sign(ID, TIMESTAMP, BODY);

        var result =
                signer.verify(
                        ID,
                        Long.toString(TIMESTAMP),
                        header,
                        BODY + " ",
                        Instant.ofEpochSecond(TIMESTAMP),
                        Duration.ofMinutes(5));

        assertThat(result).isEqualTo(WebhookSignature.Result.SIGNATURE_MISMATCH);
    }

    @Test
    void expiredSignatureIsRejected() {
        WebhookSignature signer = WebhookSignature.forSecret(SECRET);
        String header = signer.sign(ID, TIMESTAMP, BODY);

        var result =
                signer.verify(
                        ID,
                        Long.toString(TIMESTAMP),
                        header,
                        BODY,
                        Instant.ofEpochSecond(TIMESTAMP + 301),
                        Duration.ofMinutes(5));

        assertThat(result).isEqualTo(WebhookSignature.Result.TIMESTAMP_OUT_OF_TOLERANCE);
    }

    @Test
    void secretWithoutPrefixIsRefused() {
        assertThatThrownBy(() -> WebhookSignature.forSecret("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
