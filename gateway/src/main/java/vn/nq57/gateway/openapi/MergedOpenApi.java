package vn.nq57.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Future;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.jboss.logging.Logger;
import vn.nq57.gateway.GatewayConfig;
import vn.nq57.gateway.routing.Backend;
import vn.nq57.gateway.routing.BackendHttp;
import vn.nq57.gateway.routing.RouteTable;

/**
 * The platform's merged OpenAPI document, built from each service's {@code /q/openapi} and kept
 * for {@code nq57.gateway.openapi.cache-ttl}; a document missing a service is kept for at most 5 s
 * so the service appears soon after it comes up.
 */
@ApplicationScoped
public class MergedOpenApi {

    private static final Logger LOG = Logger.getLogger(MergedOpenApi.class);
    private static final Duration INCOMPLETE_TTL = Duration.ofSeconds(5);

    private final BackendHttp http;
    private final RouteTable routes;
    private final ObjectMapper mapper;
    private final GatewayConfig config;
    private final OpenApiMerger merger;
    private volatile Cached cached;

    public MergedOpenApi(BackendHttp http, RouteTable routes, ObjectMapper mapper, GatewayConfig config) {
        this.http = http;
        this.routes = routes;
        this.mapper = mapper;
        this.config = config;
        this.merger = new OpenApiMerger(mapper, config.openapi());
    }

    private record Cached(ObjectNode document, long expiresAt) {
    }

    public Uni<ObjectNode> document() {
        Cached current = cached;
        if (current != null && System.nanoTime() < current.expiresAt()) {
            return Uni.createFrom().item(current.document());
        }
        List<Future<OpenApiMerger.Source>> fetches = routes.backends().stream().map(this::fetch).toList();
        Future<List<OpenApiMerger.Source>> all = Future.join(fetches).map(done -> fetches.stream()
                .map(Future::result).toList());
        return Uni.createFrom().completionStage(all.toCompletionStage()).map(sources -> {
            ObjectNode document = merger.merge(sources);
            boolean complete = sources.stream().allMatch(source -> source.document() != null);
            Duration ttl = complete ? config.openapi().cacheTtl() : min(config.openapi().cacheTtl(), INCOMPLETE_TTL);
            cached = new Cached(document, System.nanoTime() + ttl.toNanos());
            return document;
        });
    }

    /** Never fails: a service that cannot answer becomes a source with the reason it is missing. */
    private Future<OpenApiMerger.Source> fetch(Backend backend) {
        return http.get(backend, "/q/openapi?format=json", config.openapi().fetchTimeout())
                .map(answer -> {
                    if (answer.status() != 200) {
                        return new OpenApiMerger.Source(backend.name(), null,
                                "its OpenAPI document answered HTTP " + answer.status());
                    }
                    try {
                        JsonNode document = mapper.readTree(answer.body().getBytes());
                        return new OpenApiMerger.Source(backend.name(), document, null);
                    } catch (IOException e) {
                        return new OpenApiMerger.Source(backend.name(), null, "its OpenAPI document is not JSON");
                    }
                })
                .otherwise(error -> {
                    LOG.infof("OpenAPI of %s unavailable: %s", backend.name(), error.toString());
                    return new OpenApiMerger.Source(backend.name(), null,
                            "the service did not answer (" + error.getClass().getSimpleName() + ")");
                });
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
