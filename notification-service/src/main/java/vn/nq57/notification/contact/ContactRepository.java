package vn.nq57.notification.contact;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Reactive repository of {@link Contact}. */
@ApplicationScoped
public class ContactRepository implements PanacheRepositoryBase<Contact, UUID> {
}
