package vn.nq57.contracts.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/** Framework errors (404 on an unknown path, 405, 415, a JSON body that cannot be read...). */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(WebApplicationException exception) {
        Response original = exception.getResponse();
        if (original.hasEntity() && original.getMediaType() != null
                && original.getMediaType().toString().startsWith(Problem.MEDIA_TYPE)) {
            return original;
        }
        if (exception.getCause() instanceof com.fasterxml.jackson.core.JsonProcessingException json) {
            return new JsonProcessingMapper().withUri(uriInfo).toResponse(json);
        }
        ProblemKind kind = ProblemKind.forStatus(original.getStatus());
        Problem problem = new Problem(kind.type(), kind.title(), original.getStatus(), exception.getMessage(),
                uriInfo.getPath(), List.of());
        Response.ResponseBuilder builder = Response.status(original.getStatus()).type(Problem.MEDIA_TYPE).entity(problem);
        original.getHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Content-Type")) {
                values.forEach(v -> builder.header(name, v));
            }
        });
        return builder.build();
    }
}
