package vn.nq57.e2e;

import static vn.nq57.e2e.Api.asUser;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.nq57.e2e.MatrixObjects.ObjectKind;
import vn.nq57.e2e.OpenApiOperations.ApiOperation;

/**
 * Builds and sends one request per matrix cell: the path's parameters name the own or the other
 * province's object, the body is a sample that would be accepted from its owner (so that a refusal
 * comes from the authorization check, not from validation), and If-Match carries the object's
 * current ETag when the operation asks for one.
 */
final class MatrixRequests {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PARAMETER = Pattern.compile("\\{([^}]+)}");
    // HTTP/1.1 as the frontends speak it; the default HTTP/2 would first try a cleartext upgrade
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    /** How long a stream's head may take before the stream counts as open. */
    private static final Duration STREAM_HEAD = Duration.ofSeconds(5);

    private final String gateway;
    private final MatrixObjects own;
    private final MatrixObjects other;
    private final String themes;
    private final String aliases;

    MatrixRequests(String gateway, MatrixObjects own, MatrixObjects other, String themes, String aliases) {
        this.gateway = gateway;
        this.own = own;
        this.other = other;
        this.themes = themes;
        this.aliases = aliases;
    }

    /** What came back: the status, the media type, and whether the body is an empty JSON list. */
    record Answer(int status, String contentType, boolean emptyList) {
        boolean problem() {
            return contentType != null && contentType.startsWith("application/problem+json");
        }
    }

    /**
     * The answer; a 503 (the gateway's "try again": a backend momentarily busy), or a read whose
     * connection broke (599), is asked again up to twice after a pause, so only a lasting one fails
     * the cell.
     */
    Answer send(ApiOperation op, MatrixRole role, String object) {
        Answer answer = sendOnce(op, role, object);
        for (int retry = 0; retry < 2 && retriable(op, answer); retry++) {
            pause();
            answer = sendOnce(op, role, object);
        }
        return answer;
    }

    private static boolean retriable(ApiOperation op, Answer answer) {
        return answer.status() == 503 || (answer.status() == 599 && op.reads());
    }

    private static void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The answer; a transport failure as status 599 so that one cell cannot stop the run. */
    private Answer sendOnce(ApiOperation op, MatrixRole role, String object) {
        try {
            return attempt(op, role, object);
        } catch (RuntimeException e) {
            // refusals answer at once: a stream that gives no head in time was let in
            return op.stream() ? new Answer(200, "text/event-stream (held open)", false)
                    : new Answer(599, "transport failure: " + e, false);
        }
    }

    private Answer attempt(ApiOperation op, MatrixRole role, String object) {
        MatrixObjects set = "other".equals(object) ? other : own;
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway + target(op, set)))
                .timeout(op.stream() ? STREAM_HEAD : Duration.ofSeconds(60))
                .header("Accept", "application/json, application/problem+json, */*")
                .header("Idempotency-Key", UUID.randomUUID().toString());
        role.token().ifPresent(token -> request.header("Authorization", "Bearer " + token));
        if (op.needsIfMatch()) {
            String etag = currentEtag(op, set);
            if (etag != null) {
                request.header("If-Match", etag);
            }
        }
        Body body = body(op, set);
        if (body == null) {
            request.method(op.method(), HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", body.type()).method(op.method(), HttpRequest.BodyPublishers.ofByteArray(body.bytes()));
        }
        return exchange(request.build(), op.stream());
    }

    static Answer exchange(HttpRequest request, boolean stream) {
        try {
            // a stream (SSE) would never end: take the head, then close the body
            HttpResponse<InputStream> response = HTTP.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                boolean empty = !stream && "[]".equals(new String(body.readAllBytes(), StandardCharsets.UTF_8).strip());
                return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null), empty);
            }
        } catch (HttpTimeoutException e) {
            if (stream) {
                // refusals answer at once; a stream the proxy holds open before its first event was let in
                return new Answer(200, "text/event-stream (held open)", false);
            }
            throw new UncheckedIOException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The path with its parameters filled in, and the required query parameters. */
    String target(ApiOperation op, MatrixObjects set) {
        ObjectKind kind = ObjectKind.ofPath(op.path());
        Matcher matcher = PARAMETER.matcher(op.path());
        StringBuilder path = new StringBuilder();
        boolean first = true;
        while (matcher.find()) {
            String value = first && kind != ObjectKind.NONE ? set.of(kind) : parameter(matcher.group(1), set);
            matcher.appendReplacement(path, Matcher.quoteReplacement(value));
            first = false;
        }
        matcher.appendTail(path);
        StringBuilder query = new StringBuilder();
        for (String name : op.requiredQuery()) {
            query.append(query.isEmpty() ? '?' : '&').append(name).append('=').append(parameter(name, set));
        }
        return path + query.toString();
    }

    private static String parameter(String name, MatrixObjects set) {
        return switch (name) {
            case "attachmentId" -> set.attachment();
            case "version" -> "1";
            case "roundId" -> set.round();
            case "planId" -> set.plan();
            case "unitCode", "code" -> set.officerUnit();
            case "indicatorCode" -> "RADIO_BROADCASTS";
            case "service" -> "submission";
            default -> UUID.randomUUID().toString();
        };
    }

    private String currentEtag(ApiOperation op, MatrixObjects set) {
        ObjectKind kind = ObjectKind.ofPath(op.path());
        if (kind == ObjectKind.NONE) {
            return null;
        }
        return asUser(set.admin()).get(kind.base + set.of(kind)).header("ETag");
    }

    record Body(String type, byte[] bytes) {
        static Body json(Object value) {
            try {
                return new Body("application/json", JSON.writeValueAsBytes(value));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }

        static Body text(String type, String text) {
            return new Body(type, text.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** A sample body its owner could send; null for an operation without a body. */
    Body body(ApiOperation op, MatrixObjects set) {
        String dueAt = OffsetDateTime.now(MatrixObjects.VN).plusDays(25).truncatedTo(ChronoUnit.MINUTES).toString();
        return switch (op.operationId()) {
            case "createPlan" -> Body.json(MatrixObjects.planBody(own.province()));
            case "updatePlanDraft" -> Body.json(MatrixObjects.planBody(set.province()));
            case "issuePlan" -> Body.json(Map.of("numberSymbol", "58/KH", "issuedOn", java.time.LocalDate.now(MatrixObjects.VN).toString()));
            case "supersedePlan" -> Body.json(Map.of("supersededByPlanId", set.plan()));
            case "createUnit" -> Body.json(Map.of("code", "99938", "name", "Xã Ma Trận Mới", "type", "XA", "parentCode", own.province()));
            case "updateUnit" -> Body.json(set.unitBody());
            case "importUnits" -> Body.text("text/csv", "code,name,type,parent_code\n" + set.unit() + ",Xã Ma Trận " + set.unit()
                    + ",xa," + set.province() + "\n");
            case "openRound" -> Body.json(MatrixObjects.roundBody(own.plan(), List.of(own.officerUnit())));
            case "changeRoundDeadline" -> Body.json(Map.of("dueAt", dueAt, "reason", "Gia hạn kiểm thử"));
            case "closeRound" -> Body.json(Map.of("note", "Chốt số liệu kiểm thử"));
            case "reopenRoundForUnit" -> Body.json(Map.of("unitCode", set.officerUnit(), "reason", "Mở lại kiểm thử",
                    "dueAt", dueAt));
            case "createRegime" -> Body.json(Map.of("planId", own.plan(), "title", "Chế độ báo cáo kiểm thử",
                    "request", Map.of("numberSymbol", "59/SKHCN", "issuedOn", java.time.LocalDate.now(MatrixObjects.VN).toString(),
                            "issuer", "Sở Khoa học và Công nghệ"), "frequency", "YEAR", "unitCodes", List.of(own.officerUnit())));
            case "createReport" -> Body.json(Map.of("roundId", own.round(), "unitCode", own.officerUnit()));
            case "updateReportDraft" -> Body.json(Content.report("15/BC-UBND", List.of(Content.exact("RADIO_BROADCASTS", 3))));
            case "returnReport", "acceptReport" -> Body.json(Map.of("comment", "Kiểm thử ma trận"));
            case "createContact" -> Body.json(contact(own));
            case "replaceContact" -> Body.json(contact(set));
            case "registerWebhook" -> Body.json(Map.of("url", "http://127.0.0.1:9/matrix-new", "kinds", List.of("ACCEPTED")));
            case "replaceThemeCatalogue" -> Body.text("application/json", themes);
            case "replaceAddresseeAliases" -> Body.text("application/json", aliases);
            case "uploadAttachment" -> new Body("application/pdf", MatrixObjects.PDF);
            case "importReportDocument" -> Body.text("text/plain; charset=utf-8", "BÁO CÁO\nKết quả tuyên truyền Nghị quyết 57\n");
            case "importReportForm" -> form();
            default -> op.bodyTypes().isEmpty() ? null : Body.json(Map.of());
        };
    }

    private static Map<String, Object> contact(MatrixObjects set) {
        return Map.of("scope", "UNIT", "unitCode", set.officerUnit(), "name", "Cán bộ ma trận",
                "email", "matrix.new@e2e.nq57.example", "channels", List.of("EMAIL"));
    }

    private static Body form() {
        String boundary = "nq57matrix";
        String text = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"bc.txt\"\r\n"
                + "Content-Type: text/plain; charset=utf-8\r\n\r\nBÁO CÁO\r\n--" + boundary + "--\r\n";
        return Body.text("multipart/form-data; boundary=" + boundary, text);
    }
}
