package vn.nq57.notification.support;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import java.util.function.Supplier;

/**
 * Runs Hibernate Reactive work from a worker thread (REST methods, Kafka consumers, the
 * dispatcher) in its own transaction on a fresh Vert.x context and waits for the result.
 */
public final class Db {

    private Db() {
    }

    public static <T> T tx(Supplier<Uni<T>> work) {
        try {
            return VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(work));
        } catch (RuntimeException e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}
