package vn.nq57.plan.common;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.concurrent.CompletionException;
import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import vn.nq57.contracts.problem.Problem;
import vn.nq57.contracts.problem.ProblemException;
import vn.nq57.contracts.problem.ProblemKind;
import vn.nq57.contracts.problem.ProblemResponses;

import java.util.List;

/**
 * Database races that the services' own checks cannot exclude: a concurrent writer won (412) or a
 * unique constraint fired (409). The transaction has been rolled back, so nothing changed.
 */
public class PersistenceProblemMapper {

    private static final Logger LOG = Logger.getLogger(PersistenceProblemMapper.class);

    @ServerExceptionMapper
    public Response persistence(PersistenceException exception, UriInfo uriInfo) {
        return map(exception, uriInfo);
    }

    @ServerExceptionMapper
    public Response completion(CompletionException exception, UriInfo uriInfo) {
        return map(exception, uriInfo);
    }

    private Response map(Throwable exception, UriInfo uriInfo) {
        for (Throwable t = exception; t != null; t = t.getCause()) {
            if (t instanceof ProblemException problem) {
                return ProblemResponses.of(problem.toProblem().at(uriInfo.getPath()));
            }
            if (t instanceof OptimisticLockException || t instanceof StaleStateException) {
                return ProblemResponses.of(Problem.of(ProblemKind.PRECONDITION_FAILED,
                        "Another request changed this resource at the same time; read it again", List.of())
                        .at(uriInfo.getPath()));
            }
            if (t instanceof ConstraintViolationException violation) {
                return ProblemResponses.of(Problem.of(ProblemKind.CONFLICT,
                        "The change conflicts with stored data (" + violation.getConstraintName() + ")", List.of())
                        .at(uriInfo.getPath()));
            }
        }
        LOG.error("Unexpected persistence failure", exception);
        return ProblemResponses.of(Problem.of(ProblemKind.INTERNAL, "The database refused the change", List.of())
                .at(uriInfo.getPath()));
    }
}
