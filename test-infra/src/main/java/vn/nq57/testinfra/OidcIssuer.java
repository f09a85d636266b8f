package vn.nq57.testinfra;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.lang.JoseException;
import vn.nq57.contracts.events.EventCodec;

/**
 * An OIDC issuer shaped like a Keycloak realm ({@code /realms/nq57}): discovery document and JWKS
 * over real HTTP, RS256-signed access tokens with {@code realm_access.roles} and the platform's
 * claims, addressed to {@link #AUDIENCE} (a claim {@code aud} given by the caller replaces it).
 * Services validate its tokens exactly as they validate Keycloak's.
 */
public final class OidcIssuer implements AutoCloseable {

    public static final String REALM = "nq57";

    /** The audience every platform token carries (the realm's audience mapper on each client). */
    public static final String AUDIENCE = "nq57-platform";

    private final HttpServer server;
    private final RsaJsonWebKey key;
    private final String issuer;

    private OidcIssuer(HttpServer server, RsaJsonWebKey key, String issuer) {
        this.server = server;
        this.key = key;
        this.issuer = issuer;
    }

    public static OidcIssuer start(int port) {
        try {
            RsaJsonWebKey key = RsaJwkGenerator.generateJwk(2048);
            key.setKeyId("nq57-test-key");
            key.setAlgorithm(AlgorithmIdentifiers.RSA_USING_SHA256);
            key.setUse("sig");
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", Ports.orFree(port)), 0);
            String issuer = "http://127.0.0.1:" + server.getAddress().getPort() + "/realms/" + REALM;
            OidcIssuer oidc = new OidcIssuer(server, key, issuer);
            server.createContext("/realms/" + REALM + "/.well-known/openid-configuration",
                    ex -> respond(ex, EventCodec.toJson(oidc.discovery())));
            server.createContext("/realms/" + REALM + "/protocol/openid-connect/certs",
                    ex -> respond(ex, new JsonWebKeySet(key).toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY)));
            server.start();
            return oidc;
        } catch (IOException e) {
            throw new UncheckedIOException("OIDC issuer did not start", e);
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, Object> discovery() {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("issuer", issuer);
        doc.put("jwks_uri", issuer + "/protocol/openid-connect/certs");
        doc.put("authorization_endpoint", issuer + "/protocol/openid-connect/auth");
        doc.put("token_endpoint", issuer + "/protocol/openid-connect/token");
        doc.put("id_token_signing_alg_values_supported", List.of("RS256"));
        doc.put("response_types_supported", List.of("code"));
        doc.put("subject_types_supported", List.of("public"));
        return doc;
    }

    private static void respond(HttpExchange exchange, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    public String issuer() {
        return issuer;
    }

    /** The signing key with its private part, so a test in another class loader can sign too. */
    public String signingKeyJson() {
        return key.toJson(JsonWebKey.OutputControlLevel.INCLUDE_PRIVATE);
    }

    /** Signs an access token; see {@link TestTokens} for the usual callers. */
    public static String sign(String issuer, String signingKeyJson, String subject, Set<String> roles,
            Map<String, Object> claims) {
        try {
            RsaJsonWebKey key = (RsaJsonWebKey) JsonWebKey.Factory.newJwk(signingKeyJson);
            JwtClaims jwt = new JwtClaims();
            jwt.setIssuer(issuer);
            jwt.setSubject(subject);
            jwt.setClaim("preferred_username", subject);
            jwt.setClaim("typ", "Bearer");
            jwt.setClaim("azp", "nq57-web");
            jwt.setAudience(AUDIENCE);
            jwt.setIssuedAtToNow();
            jwt.setExpirationTimeMinutesInTheFuture(60);
            jwt.setGeneratedJwtId();
            jwt.setClaim("realm_access", Map.of("roles", List.copyOf(roles)));
            claims.forEach(jwt::setClaim);
            JsonWebSignature jws = new JsonWebSignature();
            jws.setPayload(jwt.toJson());
            jws.setKey(key.getPrivateKey());
            jws.setKeyIdHeaderValue(key.getKeyId());
            jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("Cannot sign token", e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
