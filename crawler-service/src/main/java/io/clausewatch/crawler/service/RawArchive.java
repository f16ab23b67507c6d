package io.clausewatch.crawler.service;

import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/** Raw bodies archived once per SHA-256, gzip-compressed; a body seen before costs nothing. */
final class RawArchive {

    private RawArchive() {}

    static void store(EntityManager entityManager, PageResult page, Instant now) {
        String type = page.page().contentType() == null ? "" : page.page().contentType();
        entityManager
                .createNativeQuery(
                        "insert into raw_response (sha256, content_type, size_bytes, body_gzip,"
                                + " first_url, first_seen_at) values (?1, ?2, ?3, ?4, ?5, ?6)"
                                + " on conflict (sha256) do nothing")
                .setParameter(1, page.rawSha256())
                .setParameter(2, type.length() > 200 ? type.substring(0, 200) : type)
                .setParameter(3, page.page().body().length)
                .setParameter(4, gzip(page.page().body()))
                .setParameter(5, page.url())
                .setParameter(6, now)
                .executeUpdate();
    }

    static byte[] gzip(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, body.length / 4));
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException("compressing in memory failed", e);
        }
        return out.toByteArray();
    }

    static byte[] gunzip(byte[] compressed) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("archived body is not valid gzip", e);
        }
    }
}
