package vn.nq57.contracts.problem;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/** Role checks answered as problems rather than empty bodies. */
public final class SecurityExceptionMappers {

    private SecurityExceptionMappers() {
    }

    private static Response problem(ProblemKind kind, String detail, UriInfo uriInfo) {
        Response.ResponseBuilder builder = Response.status(kind.status()).type(Problem.MEDIA_TYPE)
                .entity(Problem.of(kind, detail, List.of()).at(uriInfo.getPath()));
        if (kind == ProblemKind.UNAUTHENTICATED) {
            builder.header("WWW-Authenticate", "Bearer");
        }
        return builder.build();
    }

    @Provider
    public static class Forbidden implements ExceptionMapper<ForbiddenException> {
        @Context
        UriInfo uriInfo;

        @Override
        public Response toResponse(ForbiddenException exception) {
            return problem(ProblemKind.FORBIDDEN, "Your role does not allow this operation", uriInfo);
        }
    }

    @Provider
    public static class Unauthorized implements ExceptionMapper<UnauthorizedException> {
        @Context
        UriInfo uriInfo;

        @Override
        public Response toResponse(UnauthorizedException exception) {
            return problem(ProblemKind.UNAUTHENTICATED, "A valid bearer token is required", uriInfo);
        }
    }

    @Provider
    public static class AuthenticationFailed implements ExceptionMapper<AuthenticationFailedException> {
        @Context
        UriInfo uriInfo;

        @Override
        public Response toResponse(AuthenticationFailedException exception) {
            return problem(ProblemKind.UNAUTHENTICATED, "The bearer token is missing, expired or invalid", uriInfo);
        }
    }
}
