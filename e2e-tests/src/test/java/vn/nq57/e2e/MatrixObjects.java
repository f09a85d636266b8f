package vn.nq57.e2e;

import static org.awaitility.Awaitility.await;
import static vn.nq57.e2e.Api.asUser;

import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One province's set of objects that the matrix and the malformed-input catalogue address: a plan
 * (issued), a round on it, a unit officer's draft with an attachment, a regime, a contact, a
 * webhook and a unit created for the run (so that deactivating it harms no other suite).
 */
record MatrixObjects(String province, String admin, String officer, String officerUnit, String plan, String round,
        String report, String attachment, String regime, String contact, String webhook, String unit,
        Map<String, Object> unitBody) {

    static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    static final byte[] PDF = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    /** Creates the objects through the gateway, as the province's admin and the unit's officer. */
    static MatrixObjects create(String province, String admin, String officer, String officerUnit, String newUnitCode,
            List<String> roundUnits) {
        String plan = issuedPlan(province, admin);
        Map<String, Object> round = roundBody(plan, roundUnits);
        Response opened = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> asUser(admin).body(round).post("/api/v1/rounds"), r -> r.statusCode() == 201);
        String roundId = opened.jsonPath().getString("roundId");
        String report = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> asUser(officer).header("Idempotency-Key", UUID.randomUUID().toString())
                        .body(Map.of("roundId", roundId, "unitCode", officerUnit)).post("/api/v1/reports"),
                        r -> r.statusCode() == 201)
                .jsonPath().getString("reportId");
        String attachment = asUser(officer).contentType("application/pdf").body(PDF).queryParam("fileName", "scan.pdf")
                .post("/api/v1/reports/" + report + "/attachments").then().statusCode(201).extract().path("id");
        Map<String, Object> regime = new HashMap<>(round);
        regime.keySet().removeAll(List.of("period", "dueAt"));
        regime.put("frequency", "YEAR");
        String regimeId = asUser(admin).body(regime).post("/api/v1/regimes").then().statusCode(201).extract().path("regimeId");
        // notification-service knows units (and users) once it has seen them
        asUser(officer).get("/api/v1/notifications/unread-count").then().statusCode(200);
        Map<String, Object> contact = Map.of("scope", "UNIT", "unitCode", officerUnit, "name", "Cán bộ ma trận " + officerUnit,
                "email", "matrix." + officerUnit + "@e2e.nq57.example", "channels", List.of("EMAIL"));
        String contactId = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> asUser(admin).body(contact).post("/api/v1/contacts"), r -> r.statusCode() == 201)
                .jsonPath().getString("id");
        String webhook = asUser(admin).body(Map.of("url", "http://127.0.0.1:9/matrix-" + province, "kinds", List.of("ACCEPTED")))
                .post("/api/v1/webhooks").then().statusCode(201).extract().path("id");
        Map<String, Object> unitBody = Map.of("code", newUnitCode, "name", "Xã Ma Trận " + newUnitCode, "type", "XA",
                "parentCode", province);
        asUser(admin).header("Idempotency-Key", UUID.randomUUID().toString()).body(unitBody).post("/api/v1/units")
                .then().statusCode(201);
        return new MatrixObjects(province, admin, officer, officerUnit, plan, roundId, report, attachment, regimeId,
                contactId, webhook, newUnitCode, unitBody);
    }

    static String issuedPlan(String province, String admin) {
        Response created = asUser(admin).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(planBody(province)).post("/api/v1/plans");
        created.then().statusCode(201);
        String id = created.jsonPath().getString("id");
        asUser(admin).header("If-Match", created.header("ETag"))
                .body(Map.of("numberSymbol", (System.nanoTime() % 100_000) + "/KH-" + province, "issuedOn", LocalDate.now(VN).toString()))
                .post("/api/v1/plans/" + id + "/issue").then().statusCode(200);
        return id;
    }

    static Map<String, Object> planBody(String province) {
        return Map.of("unitCode", province, "title", "Kế hoạch kiểm thử ma trận quyền", "year", 2027);
    }

    static Map<String, Object> roundBody(String plan, List<String> units) {
        return Map.of("planId", plan, "title", "Báo cáo kiểm thử ma trận quyền",
                "request", Map.of("numberSymbol", "57/SKHCN", "issuedOn", LocalDate.now(VN).toString(),
                        "issuer", "Sở Khoa học và Công nghệ"),
                "period", Map.of("kind", "YEAR", "year", 2026),
                "dueAt", OffsetDateTime.now(VN).plusDays(20).truncatedTo(ChronoUnit.MINUTES).toString(),
                "unitCodes", units);
    }

    /** The object of a kind, or null when the kind has none. */
    String of(ObjectKind kind) {
        return switch (kind) {
            case PLAN -> plan;
            case ROUND -> round;
            case REPORT -> report;
            case REGIME -> regime;
            case CONTACT -> contact;
            case WEBHOOK -> webhook;
            case UNIT -> unit;
            case NONE -> null;
        };
    }

    /** Kinds of objects a path can address, known by the path segment before the first parameter. */
    enum ObjectKind {
        PLAN("/api/v1/plans/"), ROUND("/api/v1/rounds/"), REPORT("/api/v1/reports/"), REGIME("/api/v1/regimes/"),
        CONTACT("/api/v1/contacts/"), WEBHOOK("/api/v1/webhooks/"), UNIT("/api/v1/units/"), NONE(null);

        /** Where the object is read (for its ETag). */
        final String base;

        ObjectKind(String base) {
            this.base = base;
        }

        static ObjectKind ofPath(String path) {
            int brace = path.indexOf('{');
            if (brace < 0) {
                return NONE;
            }
            String before = path.substring(0, brace);
            String[] segments = before.split("/");
            String segment = segments[segments.length - 1];
            return switch (segment) {
                case "plans" -> PLAN;
                case "rounds", "schedules" -> ROUND;
                case "reports" -> REPORT;
                case "regimes" -> REGIME;
                case "contacts" -> CONTACT;
                case "webhooks" -> WEBHOOK;
                case "units" -> UNIT;
                default -> NONE;
            };
        }
    }
}
