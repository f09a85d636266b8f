package vn.nq57.gateway.edge;

import io.quarkus.oidc.OIDCException;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import vn.nq57.contracts.problem.ProblemKind;

/**
 * Turns the edge's authentication and authorisation failures (raised by Quarkus before any route
 * runs) into problem+json instead of empty 401/403 answers.
 */
@ApplicationScoped
public class AuthProblems {

    private final EdgeProblems problems;

    public AuthProblems(EdgeProblems problems) {
        this.problems = problems;
    }

    void install(@Observes Router router) {
        router.route().order(RouteConstants.ROUTE_ORDER_BODY_HANDLER + 2).failureHandler(this::onFailure);
    }

    void onFailure(RoutingContext rc) {
        Throwable failure = rc.failure();
        if (failure instanceof AuthenticationFailedException || failure instanceof AuthenticationCompletionException) {
            problems.send(rc, ProblemKind.UNAUTHENTICATED, "The bearer token is missing, expired or invalid");
        } else if (failure instanceof UnauthorizedException) {
            problems.send(rc, ProblemKind.UNAUTHENTICATED, "A valid bearer token is required");
        } else if (failure instanceof OIDCException) {
            problems.send(rc, ProblemKind.SERVICE_UNAVAILABLE, "The identity provider cannot be reached to check the token");
        } else if (failure instanceof ForbiddenException) {
            problems.send(rc, ProblemKind.FORBIDDEN, "Your role does not allow this operation");
        } else {
            rc.next();
        }
    }
}
