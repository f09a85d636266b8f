package vn.nq57.plan.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.nq57.contracts.problem.FieldError;
import vn.nq57.contracts.problem.ProblemException;
import vn.nq57.contracts.problem.ProblemKind;
import vn.nq57.contracts.security.Caller;

/**
 * {@code Idempotency-Key} on POSTs: a retry with the same key by the same caller answers the first
 * successful response (status, body, Location, ETag) and changes nothing more. Failed attempts are
 * not remembered, so a corrected retry with the same key goes through.
 */
@ApplicationScoped
public class Idempotency {

    public static final String HEADER = "Idempotency-Key";

    @Inject
    Pool pool;

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "nq57.idempotency.retention-hours", defaultValue = "48")
    int retentionHours;

    public Uni<Response> run(Caller caller, String key, String request, Supplier<Uni<Response>> action) {
        if (key == null || key.isBlank()) {
            return action.get();
        }
        if (key.length() > 200) {
            throw ProblemException.invalid(List.of(new FieldError(HEADER, "must be at most 200 characters")));
        }
        String subject = caller.subject() == null ? "" : caller.subject();
        return pool.preparedQuery("SELECT request, status, body, location, etag FROM idempotency_key "
                        + "WHERE subject = $1 AND key = $2").execute(Tuple.of(subject, key))
                .flatMap(rows -> {
                    if (rows.size() > 0) {
                        return Uni.createFrom().item(replay(rows.iterator().next(), request, key));
                    }
                    return action.get().call(response -> remember(subject, key, request, response));
                });
    }

    private static Response replay(Row row, String request, String key) {
        if (!row.getString("request").equals(request)) {
            throw new ProblemException(ProblemKind.CONFLICT, "Idempotency-Key " + key
                    + " was used for another request (" + row.getString("request") + ")");
        }
        Response.ResponseBuilder builder = Response.status(row.getInteger("status"));
        if (row.getString("body") != null) {
            builder.entity(row.getString("body")).type(MediaType.APPLICATION_JSON);
        }
        if (row.getString("location") != null) {
            builder.header(HttpHeaders.LOCATION, row.getString("location"));
        }
        if (row.getString("etag") != null) {
            builder.header(HttpHeaders.ETAG, row.getString("etag"));
        }
        return builder.header("Idempotent-Replayed", "true").build();
    }

    private Uni<Void> remember(String subject, String key, String request, Response response) {
        if (response.getStatus() >= 300) {
            return Uni.createFrom().voidItem();
        }
        String body;
        try {
            body = response.hasEntity() ? json.writeValueAsString(response.getEntity()) : null;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot remember the response of " + request, e);
        }
        Object location = response.getHeaders().getFirst(HttpHeaders.LOCATION);
        Object etag = response.getHeaders().getFirst(HttpHeaders.ETAG);
        return pool.preparedQuery("INSERT INTO idempotency_key (subject, key, request, status, body, location, etag) "
                        + "VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING")
                .execute(Tuple.tuple(List.of(subject, key, request, response.getStatus())).addString(body)
                        .addString(location == null ? null : location.toString())
                        .addString(etag == null ? null : etag.toString()))
                .replaceWithVoid();
    }

    @Scheduled(every = "1h", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> forgetOldKeys() {
        return pool.preparedQuery("DELETE FROM idempotency_key WHERE created_at < now() - make_interval(hours => $1)")
                .execute(Tuple.of(retentionHours)).replaceWithVoid();
    }
}
