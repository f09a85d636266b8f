package vn.nq57.contracts.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.stream.Collectors;

/** Malformed JSON and values of the wrong type, with the field that could not be read. */
@Provider
public class JsonProcessingMapper implements ExceptionMapper<JsonProcessingException> {

    @Context
    UriInfo uriInfo;

    /** For services whose REST layer needs a mapper of a narrower Jackson exception that delegates here. */
    public JsonProcessingMapper withUri(UriInfo uri) {
        this.uriInfo = uri;
        return this;
    }

    @Override
    public Response toResponse(JsonProcessingException exception) {
        Problem problem;
        if (exception instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            problem = Problem.of(ProblemKind.VALIDATION, "A field has a value of the wrong type",
                    List.of(new FieldError(path(mapping), reason(mapping))));
        } else {
            problem = Problem.of(ProblemKind.MALFORMED_REQUEST,
                    "The body is not valid JSON: " + exception.getOriginalMessage(), List.of());
        }
        return ProblemResponses.of(problem.at(uriInfo.getPath()));
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining())
                .replaceFirst("^\\.", "");
    }

    private static String reason(JsonMappingException e) {
        if (e instanceof UnrecognizedPropertyException) {
            return "unknown field";
        }
        if (e instanceof InvalidFormatException invalid) {
            return "cannot read '" + shortened(invalid.getValue()) + "' as " + invalid.getTargetType().getSimpleName()
                    + expected(invalid.getTargetType());
        }
        return e.getOriginalMessage();
    }

    /** A refused value is echoed, but not a megabyte of it. */
    private static String shortened(Object value) {
        String text = String.valueOf(value);
        return text.length() <= 80 ? text : text.substring(0, 80) + "…";
    }

    /** What a date or time must look like: the parser's own message does not say. */
    private static String expected(Class<?> type) {
        if (type == java.time.LocalDate.class) {
            return "; expected a date yyyy-MM-dd, e.g. 2025-12-03";
        }
        if (type == java.time.OffsetDateTime.class || type == java.time.Instant.class
                || type == java.time.ZonedDateTime.class) {
            return "; expected a date-time with its offset, e.g. 2025-12-03T17:00:00+07:00";
        }
        if (type == java.time.LocalTime.class) {
            return "; expected a time HH:mm, e.g. 17:00";
        }
        return "";
    }
}
