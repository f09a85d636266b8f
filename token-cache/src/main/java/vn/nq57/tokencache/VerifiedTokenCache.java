package vn.nq57.tokencache;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.runtime.OidcIdentityProvider;
import io.quarkus.oidc.runtime.OidcUtils;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Bearer access tokens that Quarkus OIDC has verified, remembered by their exact text so that the
 * caller's next request with the same token skips the RSA signature check. The services run on the
 * C1 compiler alone, where that check (BigInteger arithmetic without C2's intrinsics) took a third
 * of the gateway's and aggregation-service's CPU in a national burst: every request is verified by
 * the gateway and again by the service behind it, and a city dashboard sends two per second with
 * one token.
 * <p>
 * An entry is kept for {@code nq57.token-cache.ttl} (60 s) at most and never past the token's
 * {@code exp}; only a signing key withdrawn from the issuer's key set within that time is noticed
 * later than without the cache. At most {@code nq57.token-cache.size} tokens are kept, least
 * recently used first out; 0 turns the cache off. An identity is remembered without the routing
 * context of the request that verified it and handed out with the current request's, as OIDC would
 * have built it for that request. Runs before the OIDC provider (a higher priority) and asks it on
 * a miss; tokens of other kinds go to it directly.
 */
@ApplicationScoped
public class VerifiedTokenCache implements IdentityProvider<TokenAuthenticationRequest> {

    private record Entry(SecurityIdentity identity, long expiresAtMillis) {
    }

    private final OidcIdentityProvider oidc;
    private final int capacity;
    private final long ttlMillis;
    private final Counter hits;
    private final Counter misses;
    private final Map<String, Entry> entries;

    VerifiedTokenCache(OidcIdentityProvider oidc, MeterRegistry registry,
            @ConfigProperty(name = "nq57.token-cache.size", defaultValue = "256") int capacity,
            @ConfigProperty(name = "nq57.token-cache.ttl", defaultValue = "60s") Duration ttl) {
        this.oidc = oidc;
        this.capacity = capacity;
        this.ttlMillis = ttl.toMillis();
        this.hits = lookups(registry, "hit");
        this.misses = lookups(registry, "miss");
        this.entries = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
                return size() > VerifiedTokenCache.this.capacity;
            }
        };
    }

    private static Counter lookups(MeterRegistry registry, String result) {
        return Counter.builder("nq57_token_cache_lookups_total").tag("result", result)
                .description("Bearer tokens found verified already (hit) or verified by OIDC (miss)").register(registry);
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    @Override
    public int priority() {
        return IdentityProvider.super.priority() + 1;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        if (capacity <= 0 || !(request.getToken() instanceof AccessTokenCredential credential)) {
            return Uni.createFrom().nullItem();
        }
        String token = credential.getToken();
        SecurityIdentity remembered = remembered(token, System.currentTimeMillis());
        if (remembered != null) {
            hits.increment();
            return Uni.createFrom().item(forRequest(remembered, HttpSecurityUtils.getRoutingContextAttribute(request)));
        }
        misses.increment();
        return oidc.authenticate(request, context).invoke(identity -> remember(token, identity));
    }

    private synchronized SecurityIdentity remembered(String token, long now) {
        Entry entry = entries.get(token);
        if (entry == null) {
            return null;
        }
        if (now >= entry.expiresAtMillis()) {
            entries.remove(token);
            return null;
        }
        return entry.identity();
    }

    private void remember(String token, SecurityIdentity identity) {
        if (identity == null || !(identity.getPrincipal() instanceof JsonWebToken jwt) || jwt.getExpirationTime() <= 0) {
            return;
        }
        long now = System.currentTimeMillis();
        long expiresAt = Math.min(now + ttlMillis, jwt.getExpirationTime() * 1000);
        if (expiresAt > now) {
            synchronized (this) {
                entries.put(token, new Entry(withoutRequest(identity), expiresAt));
            }
        }
    }

    /**
     * The identity without the attributes bound to the request that verified it: a remembered
     * routing context would keep that request's buffers for as long as the token is remembered.
     * OIDC gives an identity permissions (the token's scopes) but no permission checkers.
     */
    private static SecurityIdentity withoutRequest(SecurityIdentity identity) {
        Map<String, Object> attributes = new HashMap<>(identity.getAttributes());
        attributes.remove(RoutingContext.class.getName());
        attributes.remove(AuthenticationRequestContext.class.getName());
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder().setPrincipal(identity.getPrincipal())
                .addRoles(identity.getRoles()).addCredentials(identity.getCredentials()).addAttributes(attributes)
                .setAnonymous(identity.isAnonymous());
        if (identity instanceof QuarkusSecurityIdentity quarkus) {
            builder.addPermissions(quarkus.getPermissions());
        }
        return builder.build();
    }

    /** The identity with the request-bound attributes OIDC sets (routing context, blocking API) of this request. */
    private static SecurityIdentity forRequest(SecurityIdentity identity, RoutingContext routingContext) {
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder(identity);
        OidcUtils.setRoutingContextAttribute(builder, routingContext);
        OidcUtils.setBlockingApiAttribute(builder, routingContext);
        return builder.build();
    }
}
