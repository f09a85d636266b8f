package vn.nq57.notification;

import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import java.util.function.Supplier;

/** Runs a dispatcher step from a test thread on a Vert.x context (Hibernate Reactive needs one) and waits for it. */
final class Dispatch {

    private Dispatch() {
    }

    static <T> T await(Supplier<Uni<T>> run) {
        try {
            return VertxContextSupport.subscribeAndAwait(run);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}
