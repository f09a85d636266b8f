package vn.nq57.notification.idempotency;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.function.Supplier;
import vn.nq57.contracts.events.EventCodec;
import vn.nq57.contracts.problem.ProblemException;
import vn.nq57.notification.support.Db;

/**
 * Runs a creating POST at most once per (caller, Idempotency-Key): the work and the stored answer
 * share one transaction, and a retry gets the first answer back.
 */
@ApplicationScoped
public class Idempotency {

    private final Clock clock;

    Idempotency(Clock clock) {
        this.clock = clock;
    }

    public Response once(String caller, String key, int status, Supplier<Uni<?>> work) {
        if (key != null && (key.isBlank() || key.length() > 200)) {
            throw ProblemException.invalid("Idempotency-Key", "must be 1 to 200 characters");
        }
        String body = Db.tx(() -> {
            if (key == null) {
                return work.get().map(EventCodec::toJson);
            }
            return IdempotencyRecord.<IdempotencyRecord>findById(new IdempotencyRecord.Key(caller, key))
                    .chain(found -> found != null
                            ? Uni.createFrom().item(found.body)
                            : work.get().map(EventCodec::toJson).call(json -> {
                                IdempotencyRecord record = new IdempotencyRecord();
                                record.caller = caller;
                                record.idemKey = key;
                                record.status = status;
                                record.body = json;
                                record.createdAt = clock.instant();
                                return record.persist();
                            }));
        });
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(body).build();
    }
}
