package vn.nq57.notification.support;

import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.stream.Collectors;
import vn.nq57.contracts.problem.FieldError;
import vn.nq57.contracts.problem.Problem;
import vn.nq57.contracts.problem.ProblemKind;
import vn.nq57.contracts.problem.ProblemResponses;

/**
 * An unknown field or a value of the wrong type as a problem naming the field. Quarkus REST ships
 * its own mapper for this exception, more specific than the platform's JSON mapper, so the service
 * maps it explicitly.
 */
@Provider
public class MismatchedInputMapper implements ExceptionMapper<MismatchedInputException> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(MismatchedInputException exception) {
        String field = exception.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining()).replaceFirst("^\\.", "");
        String reason;
        if (exception instanceof UnrecognizedPropertyException) {
            reason = "unknown field";
        } else if (exception instanceof InvalidFormatException invalid) {
            reason = "cannot read '" + invalid.getValue() + "' as " + invalid.getTargetType().getSimpleName();
        } else {
            reason = exception.getOriginalMessage();
        }
        Problem problem = Problem.of(ProblemKind.VALIDATION, "A field is unknown or has a value of the wrong type",
                List.of(new FieldError(field.isEmpty() ? "body" : field, reason)));
        return ProblemResponses.of(problem.at(uriInfo.getPath()));
    }
}
