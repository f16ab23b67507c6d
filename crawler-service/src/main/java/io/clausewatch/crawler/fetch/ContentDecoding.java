package io.clausewatch.crawler.fetch;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * Undoes {@code Content-Encoding: gzip} or {@code deflate} with a cap on the decoded size, so a
 * small compressed body cannot expand into gigabytes.
 */
final class ContentDecoding {

    private ContentDecoding() {}

    static byte[] decode(byte[] body, String encoding, int maxBytes) {
        String name = encoding == null ? "identity" : encoding.trim().toLowerCase(Locale.ROOT);
        try {
            return switch (name) {
                case "", "identity" -> body;
                case "gzip", "x-gzip" -> readCapped(new GZIPInputStream(in(body)), maxBytes);
                case "deflate" -> inflate(body, maxBytes);
                default ->
                        throw new CrawlFailure(
                                FailureClass.UNSUPPORTED_TYPE,
                                "unsupported content encoding " + name);
            };
        } catch (IOException e) {
            throw new CrawlFailure(
                    FailureClass.UNSUPPORTED_TYPE, "the " + name + " body could not be decoded");
        }
    }

    /** Servers send deflate both with and without the zlib wrapper; try both. */
    private static byte[] inflate(byte[] body, int maxBytes) throws IOException {
        try {
            return readCapped(new InflaterInputStream(in(body), new Inflater(false)), maxBytes);
        } catch (java.util.zip.ZipException e) {
            return readCapped(new InflaterInputStream(in(body), new Inflater(true)), maxBytes);
        }
    }

    private static InputStream in(byte[] body) {
        return new ByteArrayInputStream(body);
    }

    private static byte[] readCapped(InputStream in, int maxBytes) throws IOException {
        try (in) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] chunk = new byte[16384];
            int read;
            while ((read = in.read(chunk)) != -1) {
                if (out.size() + read > maxBytes) {
                    throw new CrawlFailure(
                            FailureClass.TOO_LARGE,
                            "the decoded body exceeds " + maxBytes + " bytes");
                }
                out.write(chunk, 0, read);
            }
            return out.toByteArray();
        }
    }
}
