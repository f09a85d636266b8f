package vn.nq57.contracts.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;

/** Bean Validation failures on request bodies and parameters, with the JSON path of each field. */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(ConstraintViolationException exception) {
        List<FieldError> errors = exception.getConstraintViolations().stream()
                .map(v -> new FieldError(fieldPath(v), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
        return ProblemResponses.of(ProblemException.invalid(errors).toProblem().at(uriInfo.getPath()));
    }

    /**
     * {@code create.body.indicators[2].value} becomes {@code indicators[2].value}; a constrained
     * parameter with no properties below it ({@code list.size}) keeps its own name.
     */
    static String fieldPath(ConstraintViolation<?> violation) {
        String parameter = null;
        StringBuilder path = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            switch (node.getKind()) {
                case PARAMETER -> parameter = node.getName();
                case PROPERTY, BEAN, CONTAINER_ELEMENT -> append(path, node);
                default -> { }
            }
        }
        if (path.length() > 0) {
            return path.toString();
        }
        return parameter != null ? parameter : "request";
    }

    private static void append(StringBuilder path, Path.Node node) {
        if (node.getIndex() != null) {
            path.append('[').append(node.getIndex()).append(']');
        } else if (node.getKey() != null) {
            path.append('[').append(node.getKey()).append(']');
        }
        if (node.getName() != null && !node.getName().startsWith("<")) {
            if (path.length() > 0) {
                path.append('.');
            }
            path.append(node.getName());
        }
    }
}
