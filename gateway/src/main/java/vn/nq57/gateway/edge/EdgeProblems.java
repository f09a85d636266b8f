package vn.nq57.gateway.edge;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import vn.nq57.contracts.problem.Problem;
import vn.nq57.contracts.problem.ProblemKind;

/** Answers problem+json straight from Vert.x handlers, where no JAX-RS exception mapper runs. */
@ApplicationScoped
public class EdgeProblems {

    private final ObjectMapper mapper;

    public EdgeProblems(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** Ends the exchange with a problem unless a response has already started. */
    public void send(RoutingContext rc, ProblemKind kind, String detail) {
        HttpServerResponse response = rc.response();
        if (response.headWritten() || response.ended() || response.closed()) {
            return;
        }
        Problem problem = Problem.of(kind, detail, List.of()).at(rc.request().path());
        String body;
        try {
            body = mapper.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A problem record always serialises", e);
        }
        if (kind == ProblemKind.UNAUTHENTICATED) {
            response.putHeader("WWW-Authenticate", "Bearer realm=\"nq57\"");
        }
        response.setStatusCode(kind.status())
                .putHeader("Content-Type", Problem.MEDIA_TYPE + ";charset=UTF-8")
                .end(body);
    }
}
