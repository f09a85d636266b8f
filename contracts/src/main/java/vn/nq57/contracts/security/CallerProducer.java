package vn.nq57.contracts.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

/** Makes the current {@link Caller} injectable in every service. */
public class CallerProducer {

    @Inject
    SecurityIdentity identity;

    @Produces
    @RequestScoped
    Caller caller() {
        return Caller.of(identity);
    }
}
