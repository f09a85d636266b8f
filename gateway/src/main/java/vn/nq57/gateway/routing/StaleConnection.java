package vn.nq57.gateway.routing;

import io.vertx.core.http.HttpClosedException;
import java.io.IOException;

/**
 * A pooled backend connection found closed (backends end idle keep-alive connections) before any
 * byte of the request reached the backend: the one failure the gateway retries, once, on a new
 * connection. It is safe for every method because the backend received no complete request head.
 */
final class StaleConnection {

    private StaleConnection() {
    }

    /** Vert.x leased a pooled connection that closed before the request could be opened on it. */
    static boolean atOpen(Throwable failure) {
        return failure instanceof HttpClosedException;
    }

    /**
     * The socket refused the request's head (written alone, or together with a buffered body): the
     * connection was closed or reset, so the backend got no complete request head.
     */
    static boolean atHead(Throwable failure) {
        return failure instanceof HttpClosedException || failure instanceof IOException;
    }
}
