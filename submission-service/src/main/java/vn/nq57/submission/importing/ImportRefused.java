package vn.nq57.submission.importing;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import vn.nq57.contracts.problem.FieldError;
import vn.nq57.contracts.problem.Problem;
import vn.nq57.contracts.problem.ProblemKind;
import vn.nq57.contracts.problem.ProblemResponses;

/**
 * The two answers of the import that {@link ProblemKind} has no kind for: 422 (the document was
 * received but cannot be read into a draft) and 410 (the extraction was dropped when the draft was
 * submitted). Same problem+json shape as every other error.
 */
public class ImportRefused extends RuntimeException {

    private final transient Problem problem;

    private ImportRefused(Problem problem) {
        super(problem.detail(), null, false, false);
        this.problem = problem;
    }

    /** 422: why the document yields no draft; {@code reason} is the importer's reason code. */
    static ImportRefused unprocessable(String reason, String detail) {
        return new ImportRefused(new Problem(ProblemKind.TYPE_PREFIX + "unprocessable-document",
                "Không đọc được nội dung tài liệu", 422, detail, null,
                List.of(new FieldError("file", reason + ": " + detail))));
    }

    /** 410: the extraction existed and was dropped at submission. */
    static ImportRefused gone(String detail) {
        return new ImportRefused(new Problem(ProblemKind.TYPE_PREFIX + "gone", "Dữ liệu không còn", 410, detail,
                null, List.of()));
    }

    Problem problem() {
        return problem;
    }

    @Provider
    public static class Mapper implements ExceptionMapper<ImportRefused> {

        @Context
        UriInfo uriInfo;

        @Override
        public Response toResponse(ImportRefused refused) {
            return ProblemResponses.of(refused.problem().at(uriInfo.getPath()));
        }
    }
}
