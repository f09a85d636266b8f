package vn.nq57.notification.inbox;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Fans new inbox items out to the live streams (SSE) of their recipients, after commit. */
@ApplicationScoped
public class InboxHub {

    private record Addressed(String recipient, InboxView view) {
    }

    private final BroadcastProcessor<Addressed> processor = BroadcastProcessor.create();

    public synchronized void publish(List<InboxItem> items) {
        items.forEach(item -> processor.onNext(new Addressed(item.recipient, InboxView.of(item))));
    }

    /** The items arriving from now on for one user only. */
    public Multi<InboxView> stream(String recipient) {
        return processor.toHotStream()
                .select().where(addressed -> addressed.recipient().equals(recipient))
                .map(Addressed::view);
    }
}
