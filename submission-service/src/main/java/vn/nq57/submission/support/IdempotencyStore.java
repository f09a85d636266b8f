package vn.nq57.submission.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.function.Supplier;
import org.bson.Document;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.nq57.contracts.problem.ProblemException;
import vn.nq57.contracts.problem.ProblemKind;
import vn.nq57.contracts.security.Caller;
import vn.nq57.contracts.validation.TextRules;

/**
 * Remembers the answer to a state-changing POST under the caller's {@code Idempotency-Key}: a retry
 * (a mobile client that lost the first answer) gets the same status and body and changes nothing.
 * A request that failed leaves no record, so it can be retried after a fix. A record whose request
 * never finished (the process died between taking the key and recording the answer) is taken over by
 * a retry once its lease has passed; the change itself is guarded by the aggregate's own state and
 * revision, so a change that did commit before the crash answers as it would to any repeat.
 */
@ApplicationScoped
public class IdempotencyStore {

    public static final String HEADER = "Idempotency-Key";

    @Inject
    MongoCollections collections;

    @Inject
    ObjectMapper mapper;

    @Inject
    Clock clock;

    @ConfigProperty(name = "nq57.idempotency.lease", defaultValue = "60s")
    Duration lease;

    public Response execute(Caller caller, String scope, String key, Supplier<Response> action) {
        if (key == null) {
            return freeze(action.get());
        }
        if (key.isBlank() || key.length() > 200 || !TextRules.isPlain(key)) {
            throw ProblemException.invalid(HEADER, "must be 1 to 200 characters without control characters");
        }
        String id = caller.subject() + "|" + scope + "|" + key;
        Document existing = collections.idempotency().find(Filters.eq("_id", id)).first();
        if (existing != null && !(abandoned(existing) && takeOver(existing))) {
            return replay(existing);
        }
        if (existing == null) {
            try {
                collections.idempotency().insertOne(new Document("_id", id).append("completed", false)
                        .append("createdAt", Date.from(clock.instant())));
            } catch (MongoWriteException e) {
                if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                    return replay(collections.idempotency().find(Filters.eq("_id", id)).first());
                }
                throw e;
            }
        }
        Response response;
        try {
            response = freeze(action.get());
        } catch (RuntimeException e) {
            collections.idempotency().deleteOne(Filters.eq("_id", id));
            throw e;
        }
        collections.idempotency().updateOne(Filters.eq("_id", id), Updates.combine(
                Updates.set("completed", true),
                Updates.set("status", response.getStatus()),
                Updates.set("body", (String) response.getEntity()),
                Updates.set("etag", response.getHeaderString(HttpHeaders.ETAG)),
                Updates.set("location", response.getHeaderString(HttpHeaders.LOCATION))));
        return response;
    }

    /** Taken, never answered, and older than the lease: its request died with the process. */
    private boolean abandoned(Document stored) {
        Date taken = stored.getDate("createdAt");
        return !Boolean.TRUE.equals(stored.getBoolean("completed")) && taken != null
                && taken.toInstant().plus(lease).isBefore(clock.instant());
    }

    /** Renews an abandoned key for this request; of two retries racing for it, exactly one wins. */
    private boolean takeOver(Document stored) {
        return collections.idempotency().updateOne(
                new Document("_id", stored.get("_id")).append("createdAt", stored.getDate("createdAt")),
                Updates.set("createdAt", Date.from(clock.instant()))).getModifiedCount() == 1;
    }

    private static Response replay(Document stored) {
        if (stored == null || !Boolean.TRUE.equals(stored.getBoolean("completed"))) {
            throw new ProblemException(ProblemKind.CONFLICT,
                    "A request with this Idempotency-Key is still being processed; retry shortly");
        }
        Response.ResponseBuilder builder = Response.status(stored.getInteger("status"))
                .entity(stored.getString("body")).type(MediaType.APPLICATION_JSON_TYPE)
                .header("Idempotent-Replayed", "true");
        if (stored.getString("etag") != null) {
            builder.header(HttpHeaders.ETAG, stored.getString("etag"));
        }
        if (stored.getString("location") != null) {
            builder.header(HttpHeaders.LOCATION, stored.getString("location"));
        }
        return builder.build();
    }

    /** The same response with its entity serialized once, so that first answer and replay are byte-identical. */
    private Response freeze(Response response) {
        Object entity = response.getEntity();
        if (entity == null || entity instanceof String) {
            return response;
        }
        try {
            return Response.fromResponse(response).entity(mapper.writeValueAsString(entity))
                    .type(MediaType.APPLICATION_JSON_TYPE).build();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialize the response", e);
        }
    }
}
