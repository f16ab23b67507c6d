package io.clausewatch.webhooks;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Computes and checks webhook signatures. The signed content is {@code
 * <webhook-id>.<webhook-timestamp>.<body>}; the key is the secret's bytes after the {@code whsec_}
 * prefix, base64-decoded.
 */
public final class WebhookSignature {

    public static final String SECRET_PREFIX = "whsec_";
    public static final String HEADER_ID = "webhook-id";
    public static final String HEADER_TIMESTAMP = "webhook-timestamp";
    public static final String HEADER_SIGNATURE = "webhook-signature";

    /** How far a timestamp may lie from the receiver's clock, against replayed deliveries. */
    public static final Duration DEFAULT_TOLERANCE = Duration.ofMinutes(5);

    private final byte[] key;

    private WebhookSignature(byte[] key) {
        this.key = key;
    }

    /** A signer or verifier for one secret of the form {@code whsec_<base64>}. */
    public static WebhookSignature forSecret(String secret) {
        if (secret == null || !secret.startsWith(SECRET_PREFIX)) {
            throw new IllegalArgumentException("a webhook secret starts with " + SECRET_PREFIX);
        }
        try {
            return new WebhookSignature(
                    Base64.getDecoder().decode(secret.substring(SECRET_PREFIX.length())));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("a webhook secret is base64 after its prefix", e);
        }
    }

    /** The {@code v1,<base64>} signature of one delivery. */
    public String sign(String webhookId, long timestampSeconds, String body) {
        String content = webhookId + "." + timestampSeconds + "." + body;
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] digest = mac.doFinal(content.getBytes(StandardCharsets.UTF_8));
            return "v1," + Base64.getEncoder().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available in this JDK", e);
        }
    }

    /**
     * Verifies the headers of a delivery against its raw body. The signature header may carry
     * several space-separated signatures (during a secret rotation); one match is enough.
     */
    public Result verify(
            String webhookId,
            String timestampHeader,
            String signatureHeader,
            String body,
            Instant now,
            Duration tolerance) {
        if (webhookId == null || timestampHeader == null || signatureHeader == null) {
            return Result.MISSING_HEADER;
        }
        long timestamp;
        try {
            timestamp = Long.parseLong(timestampHeader.trim());
        } catch (NumberFormatException e) {
            return Result.BAD_TIMESTAMP;
        }
        if (Math.abs(now.getEpochSecond() - timestamp) > tolerance.toSeconds()) {
            return Result.TIMESTAMP_OUT_OF_TOLERANCE;
        }
        byte[] expected = sign(webhookId, timestamp, body).getBytes(StandardCharsets.UTF_8);
        for (String candidate : signatureHeader.trim().split(" +")) {
            byte[] given = candidate.getBytes(StandardCharsets.UTF_8);
            if (MessageDigest.isEqual(expected, given)) {
                return Result.VALID;
            }
        }
        return Result.SIGNATURE_MISMATCH;
    }

    /** Verifies against the current time with the default tolerance. */
    public Result verify(
            String webhookId, String timestampHeader, String signatureHeader, String body) {
        return verify(
                webhookId,
                timestampHeader,
                signatureHeader,
                body,
                Instant.now(),
                DEFAULT_TOLERANCE);
    }

    /** Outcome of a verification. Only {@link #VALID} means the delivery is authentic. */
    public enum Result {
        VALID,
        MISSING_HEADER,
        BAD_TIMESTAMP,
        TIMESTAMP_OUT_OF_TOLERANCE,
        SIGNATURE_MISMATCH;

        public boolean isValid() {
            return this == VALID;
        }
    }
}
