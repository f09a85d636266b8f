package vn.nq57.gateway.routing;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import vn.nq57.gateway.GatewayConfig;

/**
 * Which backend owns which {@code /api/v1/<segment>}: built once from {@code nq57.gateway.services}.
 */
@ApplicationScoped
public class RouteTable {

    public static final String API_PREFIX = "/api/v1/";

    private final Map<String, Backend> bySegment = new LinkedHashMap<>();
    private final Map<String, Backend> byName = new TreeMap<>();

    public RouteTable(GatewayConfig config) {
        config.services().forEach((name, service) -> {
            Backend backend = new Backend(name, URI.create(service.url()));
            byName.put(name, backend);
            for (String segment : service.paths()) {
                Backend previous = bySegment.put(segment.trim(), backend);
                if (previous != null) {
                    throw new IllegalStateException("Path segment '" + segment + "' is routed to both "
                            + previous.name() + " and " + name);
                }
            }
        });
    }

    /** The first segment after {@code /api/v1/} of {@code path}. */
    public String segmentOf(String path) {
        String rest = path.startsWith(API_PREFIX) ? path.substring(API_PREFIX.length()) : path;
        int slash = rest.indexOf('/');
        return slash < 0 ? rest : rest.substring(0, slash);
    }

    /** The backend owning {@code path} (e.g. {@code /api/v1/plans/7}), if any. */
    public Optional<Backend> forPath(String path) {
        if (!path.startsWith(API_PREFIX)) {
            return Optional.empty();
        }
        return Optional.ofNullable(bySegment.get(segmentOf(path)));
    }

    public Optional<Backend> byName(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** Every backend, ordered by name. */
    public Collection<Backend> backends() {
        return byName.values();
    }

    /** Segment → service name, for documentation and the merged OpenAPI note. */
    public Map<String, String> segments() {
        Map<String, String> result = new TreeMap<>();
        bySegment.forEach((segment, backend) -> result.put(segment, backend.name()));
        return result;
    }
}
