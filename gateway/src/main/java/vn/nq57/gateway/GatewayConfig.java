package vn.nq57.gateway;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Everything the gateway (cổng API) reads from configuration, under {@code nq57.gateway}. */
@ConfigMapping(prefix = "nq57.gateway")
public interface GatewayConfig {

    /** Backend services by name ({@code plan}, {@code submission}, ...). */
    Map<String, Service> services();

    /** Time allowed to open a connection to a backend. */
    @WithDefault("2S")
    Duration connectTimeout();

    /** Time allowed from sending a request to a backend until its response headers arrive. */
    @WithDefault("10S")
    Duration requestTimeout();

    RateLimit rateLimit();

    OpenApi openapi();

    Readiness readiness();

    Streams streams();

    DeadLetters deadLetters();

    interface Service {
        /** Base URL, e.g. {@code http://plan-service:8081}. */
        String url();

        /** First path segments after {@code /api/v1/} that this service owns. */
        List<String> paths();
    }

    interface RateLimit {
        @WithDefault("true")
        boolean enabled();

        /** Bucket size: how many requests a client may send in a burst. */
        @WithDefault("120")
        int capacity();

        /** Tokens added to a client's bucket per second. */
        @WithDefault("20")
        double refillPerSecond();

        /** Per-application quotas keyed by the token's {@code azp} (client id). */
        Map<String, Quota> clients();

        /** Buckets kept before idle (full) ones are dropped. */
        @WithDefault("10000")
        int maxTrackedClients();
    }

    interface Quota {
        int capacity();

        double refillPerSecond();
    }

    interface OpenApi {
        /** How long a merged document is reused before the backends are asked again. */
        @WithDefault("30S")
        Duration cacheTtl();

        /** Keycloak base URL as browsers reach it, e.g. {@code http://localhost:8180}. */
        @WithDefault("http://localhost:8180")
        String keycloakUrl();

        @WithDefault("nq57")
        String realm();

        /** Public client used by Swagger UI's "Authorize" (authorization code + PKCE). */
        @WithDefault("nq57-web")
        String clientId();

        @WithDefault("NQ57 Reporting Platform API")
        String title();

        @WithDefault("1.0.0")
        String version();

        /** Time allowed to each service to hand over its document; a slower one is left out. */
        @WithDefault("3S")
        Duration fetchTimeout();

        /** Public URL of the gateway written into {@code servers}; relative when absent. */
        Optional<String> serverUrl();

        /** Who answers questions about the API ({@code info.contact.name}). */
        @WithDefault("NQ57 Reporting Platform team")
        String contactName();

        /** Where to reach them ({@code info.contact.url}), e.g. the service desk. */
        Optional<String> contactUrl();

        Optional<String> contactEmail();

        /** The terms the API is offered under ({@code info.license.name}). */
        @WithDefault("Proprietary: for the city's e-government platform and its units only")
        String licenseName();

        Optional<String> licenseUrl();

        /** SPDX expression for {@code info.license.identifier} (OpenAPI 3.1 wants it or a URL). */
        @WithDefault("LicenseRef-NQ57-Proprietary")
        String licenseIdentifier();
    }

    interface Readiness {
        /** Whether a backend that is down makes the gateway not ready (it always stays live). */
        @WithDefault("false")
        boolean requireBackends();

        /** Time allowed to each backend's readiness probe. */
        @WithDefault("2S")
        Duration probeTimeout();
    }

    /** Caps on open event streams (Server-Sent Events) so a few clients cannot hold the backend pool. */
    interface Streams {
        /** Paths whose exchanges are long-lived event streams. */
        @WithDefault("/api/v1/notifications/stream")
        List<String> paths();

        /** Open streams one user (token subject) may hold at once on one replica. */
        @WithDefault("3")
        int perUser();

        /** Open streams one gateway replica relays at once. */
        @WithDefault("100")
        int perReplica();

        /** What a refused client is told to wait before trying again. */
        @WithDefault("30S")
        Duration retryAfter();
    }

    /** Listing and replaying records parked on the {@code <topic>.dlq} topics. */
    interface DeadLetters {
        /** Largest page a caller may ask for. */
        @WithDefault("100")
        int maxLimit();

        /** Bytes of a parked value shown in a listing. */
        @WithDefault("2048")
        int previewBytes();

        /** Time allowed to read a page (or one record) from the broker. */
        @WithDefault("10S")
        Duration readTimeout();
    }
}
