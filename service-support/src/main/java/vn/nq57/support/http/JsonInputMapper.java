package vn.nq57.support.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import vn.nq57.contracts.problem.FieldError;
import vn.nq57.contracts.problem.JsonProcessingMapper;
import vn.nq57.contracts.problem.Problem;
import vn.nq57.contracts.problem.ProblemKind;
import vn.nq57.contracts.problem.ProblemResponses;

/**
 * The one mapper of unreadable request bodies in the REST services: a value of the wrong type, an
 * unknown field or enum constant, a number out of range, broken JSON, each as a problem naming the
 * field. Quarkus REST ships its own mappers for the Jackson exceptions (an empty 400) that would win
 * over the contracts' {@link JsonProcessingMapper} of their common supertype; these, ranked above
 * them, answer instead. Services declare no JSON-input mapper of their own.
 */
public class JsonInputMapper {

    /** Wrong type, unknown field, unknown enum constant: the contracts' wording, with the field's path. */
    @ServerExceptionMapper(priority = Priorities.USER - 100)
    public Response mismatchedInput(MismatchedInputException exception, UriInfo uriInfo) {
        return new JsonProcessingMapper().withUri(uriInfo).toResponse(exception);
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

    static String path(JsonStreamContext context) {
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
}
