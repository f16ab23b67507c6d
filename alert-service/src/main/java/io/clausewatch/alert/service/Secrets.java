package io.clausewatch.alert.service;

import io.clausewatch.webhooks.WebhookSignature;
import java.security.SecureRandom;
import java.util.Base64;

/** Generates webhook secrets: {@code whsec_} and the base64 of fresh random bytes. */
public final class Secrets {

    public static final int MIN_BYTES = 24;
    public static final int MAX_BYTES = 64;

    private static final SecureRandom RANDOM = new SecureRandom();

    private Secrets() {}

    public static String generate(int bytes) {
        int length = Math.max(MIN_BYTES, Math.min(MAX_BYTES, bytes));
        byte[] key = new byte[length];
        RANDOM.nextBytes(key);
        return WebhookSignature.SECRET_PREFIX + Base64.getEncoder().encodeToString(key);
    }
}
