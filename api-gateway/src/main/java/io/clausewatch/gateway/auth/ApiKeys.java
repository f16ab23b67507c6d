package io.clausewatch.gateway.auth;

import io.clausewatch.kit.problem.ProblemException;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Issues, lists, revokes and checks API keys. Checked keys are remembered for a short while so a
 * request costs no database query; a revocation on this instance takes effect at once, on other
 * replicas within the cache lifetime.
 */
@ApplicationScoped
public class ApiKeys {

    static final String BOOTSTRAP_ID = "key_bootstrap_admin";

    private final String bootstrapKey;
    private final Duration cacheLifetime;
    private final Clock clock = Clock.systemUTC();
    private final Map<String, Cached> byDigest = new ConcurrentHashMap<>();

    public ApiKeys(
            @ConfigProperty(name = "clausewatch.gateway.admin-key") Optional<String> bootstrapKey,
            @ConfigProperty(name = "clausewatch.gateway.key-cache-seconds", defaultValue = "30")
                    long cacheSeconds) {
        this.bootstrapKey = bootstrapKey.filter(key -> !key.isBlank()).orElse(null);
        this.cacheLifetime = Duration.ofSeconds(cacheSeconds);
    }

    @Transactional
    void storeBootstrapKey(@Observes StartupEvent started) {
        if (bootstrapKey == null) {
            Log.warn("no bootstrap admin key: set CLAUSEWATCH_ADMIN_KEY to administer keys");
            return;
        }
        ApiKey stored = ApiKey.findById(BOOTSTRAP_ID);
        if (stored == null) {
            stored = new ApiKey();
            stored.id = BOOTSTRAP_ID;
            stored.name = "bootstrap admin (CLAUSEWATCH_ADMIN_KEY)";
            stored.role = Role.ADMIN.wireName();
            stored.createdAt = now();
        }
        stored.keyHash = KeyMaterial.digest(bootstrapKey);
        stored.keyPrefix = KeyMaterial.displayPrefix(bootstrapKey);
        stored.revokedAt = null;
        stored.persist();
        Log.infof("bootstrap admin key stored id=%s", BOOTSTRAP_ID);
    }

    @Transactional
    public KeyView issue(String name, Role role) {
        String key = KeyMaterial.newKey();
        ApiKey stored = new ApiKey();
        stored.id = KeyMaterial.newId();
        stored.name = name;
        stored.role = role.wireName();
        stored.keyHash = KeyMaterial.digest(key);
        stored.keyPrefix = KeyMaterial.displayPrefix(key);
        stored.createdAt = now();
        stored.persist();
        Log.infof("api key issued id=%s role=%s", stored.id, stored.role);
        return KeyView.of(stored, key);
    }

    public List<KeyView> list() {
        return ApiKey.<ApiKey>listAll().stream()
                .sorted((a, b) -> a.createdAt.compareTo(b.createdAt))
                .map(stored -> KeyView.of(stored, null))
                .toList();
    }

    @Transactional
    public KeyView revoke(String id) {
        ApiKey stored = ApiKey.findById(id);
        if (stored == null) {
            throw ProblemException.notFound("No API key with id " + id + ".");
        }
        if (stored.revokedAt == null) {
            stored.revokedAt = now();
            Log.infof("api key revoked id=%s", id);
        }
        byDigest.remove(stored.keyHash);
        return KeyView.of(stored, null);
    }

    /** The caller a presented key stands for, if the key exists and is not revoked. */
    public Optional<Caller> authenticate(String presentedKey) {
        String digest = KeyMaterial.digest(presentedKey);
        Instant now = clock.instant();
        Cached cached = byDigest.get(digest);
        if (cached != null && cached.expires().isAfter(now)) {
            return Optional.of(cached.caller());
        }
        // Only known keys are remembered, so random guesses cannot fill the memory.
        Caller caller = lookup(digest);
        if (caller == null) {
            byDigest.remove(digest);
            return Optional.empty();
        }
        byDigest.put(digest, new Cached(caller, now.plus(cacheLifetime)));
        return Optional.of(caller);
    }

    private Caller lookup(String digest) {
        ApiKey stored = ApiKey.findByDigest(digest);
        if (stored == null || stored.revokedAt != null) {
            return null;
        }
        return new Caller(stored.id, Role.fromWire(stored.role).orElse(Role.READER));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private record Cached(Caller caller, Instant expires) {}
}
