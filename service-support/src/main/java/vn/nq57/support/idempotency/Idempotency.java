package vn.nq57.support.idempotency;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.util.function.Supplier;
import vn.nq57.contracts.security.Caller;

/**
 * The {@link IdempotencyRules} over the service's {@link IdempotencyStorage} bean, for resources.
 * The key is read from the request itself: an empty header reaches a {@code @HeaderParam} as null,
 * and a blank key is still a key (400), not no key.
 */
@ApplicationScoped
public class Idempotency {

    public static final String HEADER = IdempotencyRules.HEADER;

    /** The service's storage; a service without Idempotency-Keys (aggregation) has none and never calls this bean. */
    @Inject
    Instance<IdempotencyStorage> storage;

    @Inject
    ObjectMapper json;

    @Inject
    HttpServerRequest request;

    private IdempotencyRules rules() {
        return new IdempotencyRules(storage.get(), json);
    }

    /**
     * For reactive resources: runs {@code action} once per caller and key.
     *
     * @param key           the {@code @HeaderParam} (null when absent or empty: the request then decides)
     * @param methodAndPath with {@code body}, what the key stands for: the same key on another request is 422
     * @param body          the request body (a record, or text), null when there is none
     */
    public Uni<Response> run(Caller caller, String key, String methodAndPath, Object body,
            Supplier<Uni<Response>> action) {
        String sent = key != null ? key : request.getHeader(HEADER);
        return rules().run(caller.subject(), sent, methodAndPath, body, action);
    }

    /** For blocking resources (on a worker thread): the same rules, waiting for the storage. */
    public Response execute(Caller caller, String key, String methodAndPath, Object body, Supplier<Response> action) {
        return run(caller, key, methodAndPath, body, () -> Uni.createFrom().item(action)).await().indefinitely();
    }
}
