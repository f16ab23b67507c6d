package io.clausewatch.gateway.auth;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Issues, lists, revokes and checks API keys. The keys in force are held in memory, by digest, and
 * reloaded from the database every few seconds, so checking a key never waits for the database.
 * Issuing or revoking on this instance takes effect at once; on other replicas at the next reload.
 */
@ApplicationScoped
public class ApiKeys {

    static final String BOOTSTRAP_ID = "key_bootstrap_admin";

    private final KeyStore store;
    private final String bootstrapKey;
    private final Clock clock = Clock.systemUTC();
    private final Map<String, Caller> inForce = new ConcurrentHashMap<>();
    // Reloads and local changes take turns, so a reload never brings back a key just revoked.
    private final Object changes = new Object();

    public ApiKeys(
            KeyStore store,
            @ConfigProperty(name = "clausewatch.gateway.admin-key") Optional<String> bootstrapKey) {
        this.store = store;
        this.bootstrapKey = bootstrapKey.filter(key -> !key.isBlank()).orElse(null);
    }

    void start(@Observes StartupEvent started) {
        if (bootstrapKey == null) {
            Log.warn("no bootstrap admin key: set CLAUSEWATCH_ADMIN_KEY to administer keys");
        } else {
            store.storeBootstrap(
                    BOOTSTRAP_ID, "bootstrap admin (CLAUSEWATCH_ADMIN_KEY)", bootstrapKey, now());
            Log.infof("bootstrap admin key stored id=%s", BOOTSTRAP_ID);
        }
        reload();
    }

    @Scheduled(
            every = "${clausewatch.gateway.key-refresh:10s}",
            delayed = "${clausewatch.gateway.key-refresh:10s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void reload() {
        synchronized (changes) {
            Map<String, Caller> fresh = store.inForce();
            inForce.keySet().retainAll(fresh.keySet());
            inForce.putAll(fresh);
        }
    }

    public KeyView issue(String name, Role role) {
        String key = KeyMaterial.newKey();
        KeyView issued = store.insert(name, role, key, now());
        synchronized (changes) {
            inForce.put(KeyMaterial.digest(key), new Caller(issued.id(), role));
        }
        Log.infof("api key issued id=%s role=%s", issued.id(), issued.role());
        return issued;
    }

    public List<KeyView> list() {
        return store.list();
    }

    public KeyView revoke(String id) {
        KeyStore.Revoked revoked = store.revoke(id, now());
        synchronized (changes) {
            inForce.remove(revoked.digest());
        }
        Log.infof("api key revoked id=%s", id);
        return revoked.key();
    }

    /** The caller a presented key stands for, if the key exists and is not revoked. */
    public Optional<Caller> authenticate(String presentedKey) {
        return Optional.ofNullable(inForce.get(KeyMaterial.digest(presentedKey)));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
