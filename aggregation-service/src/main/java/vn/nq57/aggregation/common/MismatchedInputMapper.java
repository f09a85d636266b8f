package vn.nq57.aggregation.common;

import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import vn.nq57.contracts.problem.JsonProcessingMapper;

/**
 * Values of the wrong type and unknown properties, answered by the platform's JSON mapper. Quarkus
 * REST ships its own mapper for this exception, more specific than the platform's
 * {@code JsonProcessingException} mapper, so the service registers this narrower one that delegates.
 */
@Provider
public class MismatchedInputMapper implements ExceptionMapper<MismatchedInputException> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(MismatchedInputException exception) {
        return new JsonProcessingMapper().withUri(uriInfo).toResponse(exception);
    }
}
