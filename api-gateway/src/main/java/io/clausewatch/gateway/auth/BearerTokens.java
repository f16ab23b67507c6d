package io.clausewatch.gateway.auth;

import io.quarkus.logging.Log;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.TenantIdentityProvider;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.time.Duration;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Optional OIDC bearer tokens (JWTs) beside API keys. Off unless {@code
 * quarkus.oidc.tenant-enabled} is true; then quarkus-oidc checks the signature (a configured public
 * key, or the issuer's JWKS), the issuer and the expiry, and maps the configured claim ({@code
 * quarkus.oidc.roles.role-claim- path}) to roles. The token's subject becomes the caller's
 * identity, {@code oidc:<sub>}, which owns subscriptions exactly as a key id does. While off, no
 * token is read and no OIDC server is contacted.
 */
@ApplicationScoped
public class BearerTokens {

    /** Three base64url parts: what a signed JWT looks like, so API keys are never sent to OIDC. */
    private static final Pattern JWT =
            Pattern.compile("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");

    /** Subjects become owner ids that appear in paths and queries: printable and bounded. */
    private static final Pattern SUBJECT = Pattern.compile("[\\p{Graph}]{1,100}");

    static final String OWNER_PREFIX = "oidc:";

    private final boolean enabled;
    private final Instance<TenantIdentityProvider> identities;

    public BearerTokens(
            @ConfigProperty(name = "quarkus.oidc.tenant-enabled", defaultValue = "true")
                    boolean enabled,
            Instance<TenantIdentityProvider> identities) {
        this.enabled = enabled;
        this.identities = identities;
        if (enabled) {
            Log.info("OIDC bearer tokens are accepted beside API keys");
        }
    }

    /** What a verified token says about its bearer. */
    public sealed interface Outcome {}

    /** A valid token whose subject carries one of the roles. */
    public record Accepted(Caller caller) implements Outcome {}

    /** A valid token that carries none of the roles reader, subscriber or admin. */
    public record NoRole(String subject) implements Outcome {}

    public boolean enabled() {
        return enabled;
    }

    public boolean looksLikeToken(String bearer) {
        return enabled && bearer.length() <= 8192 && JWT.matcher(bearer).matches();
    }

    /** Empty when the token is not valid: bad signature, wrong issuer, expired, malformed. */
    public Optional<Outcome> verify(String token) {
        SecurityIdentity identity;
        try {
            identity =
                    identities
                            .get()
                            .authenticate(new AccessTokenCredential(token))
                            .await()
                            .atMost(Duration.ofSeconds(5));
        } catch (AuthenticationFailedException e) {
            Log.debugf("bearer token refused: %s", e.getMessage());
            return Optional.empty();
        } catch (RuntimeException e) {
            // An issuer that cannot be reached for its keys: the token cannot be trusted.
            Log.warnf("bearer token could not be verified: %s", e.toString());
            return Optional.empty();
        }
        if (identity == null
                || identity.isAnonymous()
                || !(identity.getPrincipal() instanceof JsonWebToken jwt)) {
            return Optional.empty();
        }
        String subject = jwt.getSubject();
        if (subject == null || !SUBJECT.matcher(subject).matches()) {
            return Optional.empty();
        }
        String owner = OWNER_PREFIX + subject;
        Optional<Role> role =
                identity.getRoles().stream()
                        .map(Role::fromWire)
                        .flatMap(Optional::stream)
                        .max(Comparator.naturalOrder());
        return Optional.of(
                role.<Outcome>map(r -> new Accepted(new Caller(owner, r)))
                        .orElseGet(() -> new NoRole(owner)));
    }
}
