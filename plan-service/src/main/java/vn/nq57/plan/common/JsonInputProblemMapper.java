package vn.nq57.plan.common;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import vn.nq57.contracts.problem.FieldError;
import vn.nq57.contracts.problem.Problem;
import vn.nq57.contracts.problem.ProblemKind;
import vn.nq57.contracts.problem.ProblemResponses;

/**
 * Unreadable request bodies as problems naming the field. A JSON value of the wrong type or an unknown enum constant ({@code "channel": "TELEPATHY"}) as a
 * validation problem naming the field. The REST layer's built-in mapper for these would answer an
 * empty 400 and win over the shared mapper of {@code JsonProcessingException}.
 */
public class JsonInputProblemMapper {

    @ServerExceptionMapper(priority = Priorities.USER - 100)
    public Response invalidFormat(InvalidFormatException exception, UriInfo uriInfo) {
        return problem(exception, "cannot read '" + exception.getValue() + "' as "
                + exception.getTargetType().getSimpleName(), uriInfo);
    }

    @ServerExceptionMapper(priority = Priorities.USER - 100)
    public Response mismatchedInput(MismatchedInputException exception, UriInfo uriInfo) {
        String reason = exception instanceof UnrecognizedPropertyException ? "unknown field"
                : "wrong type of value" + (exception.getTargetType() == null ? ""
                        : ", expected " + exception.getTargetType().getSimpleName());
        return problem(exception, reason, uriInfo);
    }

    /**
     * A number out of range ({@code "year": 1e30000}) or broken JSON: the parser knows where it was, so
     * the problem names that field.
     */
    @ServerExceptionMapper(priority = Priorities.USER - 100)
    public Response unreadable(StreamReadException exception, UriInfo uriInfo) {
        JsonParser parser = exception.getProcessor();
        String field = parser == null ? "" : path(parser.getParsingContext());
        boolean number = exception instanceof InputCoercionException;
        Problem problem = field.isEmpty() || !number
                ? Problem.of(ProblemKind.MALFORMED_REQUEST, "The body is not valid JSON: "
                        + exception.getOriginalMessage() + (field.isEmpty() ? "" : " (at " + field + ")"),
                        field.isEmpty() ? List.of() : List.of(new FieldError(field, "not valid JSON here")))
                : Problem.of(ProblemKind.VALIDATION, "A number is out of range",
                        List.of(new FieldError(field, "number out of range")));
        return ProblemResponses.of(problem.at(uriInfo.getPath()));
    }

    private static String path(JsonStreamContext context) {
        StringBuilder path = new StringBuilder();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inObject() && c.getCurrentName() != null) {
                path.insert(0, "." + c.getCurrentName());
            } else if (c.inArray()) {
                path.insert(0, "[" + Math.max(c.getCurrentIndex(), 0) + "]");
            }
        }
        return path.toString().replaceFirst("^\\.", "");
    }

    private static Response problem(JsonMappingException exception, String reason, UriInfo uriInfo) {
        String field = exception.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining())
                .replaceFirst("^\\.", "");
        Problem problem = field.isEmpty()
                ? Problem.of(ProblemKind.MALFORMED_REQUEST, "The body does not have the expected shape: " + reason, List.of())
                : Problem.of(ProblemKind.VALIDATION, "A field has a value of the wrong type",
                        List.of(new FieldError(field, reason)));
        return ProblemResponses.of(problem.at(uriInfo.getPath()));
    }
}
