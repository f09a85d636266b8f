package vn.nq57.gateway.routing;

import java.net.URI;

/** One backend service: its name in the route table and where it listens. */
public record Backend(String name, URI baseUrl) {

    /** The absolute URL of {@code pathAndQuery} (starting with '/') on this backend. */
    public String resolve(String pathAndQuery) {
        String base = baseUrl.toString();
        if (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        return base + pathAndQuery;
    }
}
