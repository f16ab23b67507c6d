package io.clausewatch.gateway.auth;

import io.clausewatch.kit.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The table of API keys: each method is one transaction. */
@ApplicationScoped
public class KeyStore {

    /**
     * Stores the bootstrap key, replacing the digest of an earlier one. Written as one upsert
     * because replicas of the gateway start together and each stores the same row.
     */
    @Transactional
    public void storeBootstrap(String id, String name, String key, Instant now) {
        ApiKey.getEntityManager()
                .createNativeQuery(
                        """
                        insert into api_key (id, name, role, key_hash, key_prefix, created_at)
                        values (?1, ?2, ?3, ?4, ?5, ?6)
                        on conflict (id) do update
                           set key_hash = excluded.key_hash, key_prefix = excluded.key_prefix,
                               revoked_at = null
                        """)
                .setParameter(1, id)
                .setParameter(2, name)
                .setParameter(3, Role.ADMIN.wireName())
                .setParameter(4, KeyMaterial.digest(key))
                .setParameter(5, KeyMaterial.displayPrefix(key))
                .setParameter(6, now)
                .executeUpdate();
    }

    @Transactional
    public KeyView insert(String name, Role role, String key, Instant now) {
        ApiKey stored = new ApiKey();
        stored.id = KeyMaterial.newId();
        stored.name = name;
        stored.role = role.wireName();
        stored.keyHash = KeyMaterial.digest(key);
        stored.keyPrefix = KeyMaterial.displayPrefix(key);
        stored.createdAt = now;
        stored.persist();
        return KeyView.of(stored, key);
    }

    /** Marks a key revoked; returns it with its digest. */
    @Transactional
    public Revoked revoke(String id, Instant now) {
        ApiKey stored = ApiKey.findById(id);
        if (stored == null) {
            throw ProblemException.notFound("No API key with id " + id + ".");
        }
        if (stored.revokedAt == null) {
            stored.revokedAt = now;
        }
        return new Revoked(KeyView.of(stored, null), stored.keyHash);
    }

    @Transactional
    public List<KeyView> list() {
        return ApiKey.<ApiKey>list("order by createdAt").stream()
                .map(stored -> KeyView.of(stored, null))
                .toList();
    }

    /** Every key in force, by digest. */
    @Transactional
    public Map<String, Caller> inForce() {
        Map<String, Caller> callers = new HashMap<>();
        for (ApiKey stored : ApiKey.<ApiKey>list("revokedAt is null")) {
            callers.put(
                    stored.keyHash,
                    new Caller(stored.id, Role.fromWire(stored.role).orElse(Role.READER)));
        }
        return callers;
    }

    /** A revoked key and the digest it was known by. */
    public record Revoked(KeyView key, String digest) {}
}
