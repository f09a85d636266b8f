package vn.nq57.aggregation.coverage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.jboss.logging.Logger;
import vn.nq57.contracts.events.EventCodec;

/**
 * Asks plan-service for a city plan's coverage with the caller's own bearer token (plan-service applies
 * its own access rules to the caller), within {@link PlanServiceSettings#timeout()}. Any failure becomes
 * an {@link CoverageAnswer#unavailable} answer: the report renders without coverage rather than failing.
 */
@ApplicationScoped
public class PlanCoverageClient {

    private static final Logger LOG = Logger.getLogger(PlanCoverageClient.class);

    @Inject
    PlanServiceSettings settings;

    private volatile HttpClient http;

    public CoverageAnswer coverage(UUID planId, String bearerToken) {
        if (planId == null) {
            return CoverageAnswer.unavailable("đợt báo cáo không gắn với kế hoạch của thành phố");
        }
        URI uri = URI.create(settings.url().replaceAll("/+$", "") + "/api/v1/plans/" + planId + "/coverage");
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(settings.timeout())
                .header("Accept", "application/json").GET();
        if (bearerToken != null && !bearerToken.isBlank()) {
            request.header("Authorization", "Bearer " + bearerToken);
        }
        try {
            HttpResponse<String> response = client().send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() != 200) {
                LOG.warnf("plan-service answered %d for the coverage of plan %s", response.statusCode(), planId);
                return CoverageAnswer.unavailable("hệ thống quản lý kế hoạch trả lời mã " + response.statusCode());
            }
            return CoverageAnswer.of(EventCodec.mapper().readValue(response.body(), PlanCoverage.class));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            LOG.warnf("Unreadable coverage of plan %s from plan-service: %s", planId, e.getOriginalMessage());
            return CoverageAnswer.unavailable("câu trả lời của hệ thống quản lý kế hoạch không đọc được");
        } catch (IOException e) {
            LOG.warnf("No coverage of plan %s from plan-service: %s", planId, e.toString());
            return CoverageAnswer.unavailable("không kết nối được hệ thống quản lý kế hoạch");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return CoverageAnswer.unavailable("yêu cầu bị ngắt");
        }
    }

    private HttpClient client() {
        HttpClient c = http;
        if (c == null) {
            c = HttpClient.newBuilder().connectTimeout(settings.timeout()).followRedirects(HttpClient.Redirect.NEVER)
                    .build();
            http = c;
        }
        return c;
    }
}
