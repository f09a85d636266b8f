package vn.nq57.notification.support;

import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Starts reactive work in the background on a new duplicated Vert.x context of its own (marked safe
 * for Hibernate Reactive), from any thread, and returns at once: the work never shares a session
 * with the caller's context (a Kafka record's, a request's) and never blocks it.
 */
public final class FreshContext {

    private FreshContext() {
    }

    public static <T> void run(Vertx vertx, Supplier<Uni<T>> work, Consumer<Throwable> onFailure) {
        Context current = Vertx.currentContext();
        Context fresh = VertxContext.createNewDuplicatedContext(current != null ? current : vertx.getOrCreateContext());
        VertxContextSafetyToggle.setContextSafe(fresh, true);
        fresh.runOnContext(ignored -> Uni.createFrom().deferred(work::get)
                .subscribe().with(done -> { }, onFailure));
    }
}
