package vn.nq57.contracts.problem;

import java.util.List;

/** Thrown by services to answer with a problem; nothing has been changed when it is thrown. */
public class ProblemException extends RuntimeException {

    private final ProblemKind kind;
    private final List<FieldError> errors;

    public ProblemException(ProblemKind kind, String detail) {
        this(kind, detail, List.of());
    }

    public ProblemException(ProblemKind kind, String detail, List<FieldError> errors) {
        super(detail, null, false, false);
        this.kind = kind;
        this.errors = List.copyOf(errors);
    }

    public static ProblemException invalid(List<FieldError> errors) {
        return new ProblemException(ProblemKind.VALIDATION,
                errors.size() == 1 ? "1 field is invalid" : errors.size() + " fields are invalid", errors);
    }

    public static ProblemException invalid(String field, String reason) {
        return invalid(List.of(new FieldError(field, reason)));
    }

    public static ProblemException notFound(String what) {
        return new ProblemException(ProblemKind.NOT_FOUND, what + " does not exist");
    }

    public static ProblemException forbidden(String why) {
        return new ProblemException(ProblemKind.FORBIDDEN, why);
    }

    public ProblemKind kind() {
        return kind;
    }

    public Problem toProblem() {
        return Problem.of(kind, getMessage(), errors);
    }
}
