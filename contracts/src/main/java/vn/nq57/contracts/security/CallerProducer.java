package vn.nq57.contracts.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

/**
 * Makes the current {@link Caller} injectable in every service. Dependent, not request-scoped: a
 * record cannot be proxied, and it is built from the request's identity each time it is injected.
 */
public class CallerProducer {

    @Inject
    SecurityIdentity identity;

    @Produces
    @Dependent
    Caller caller() {
        return Caller.of(identity);
    }
}
