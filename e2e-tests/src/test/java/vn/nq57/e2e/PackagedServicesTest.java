package vn.nq57.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.nq57.e2e.Api.asUser;
import static vn.nq57.e2e.Content.exact;

import io.restassured.builder.ResponseSpecBuilder;
import io.restassured.response.Response;
import io.restassured.specification.ResponseSpecification;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.nq57.contracts.events.EventCodec;
import vn.nq57.contracts.events.EventType;
import vn.nq57.contracts.events.RoundSnapshot;
import vn.nq57.contracts.events.Topics;
import vn.nq57.contracts.events.UnitSnapshot;
import vn.nq57.testinfra.EventReader;

/**
 * Each service's packaged jar ({@code target/quarkus-app/quarkus-run.jar}, {@code prod} profile) as
 * the platform runs it, called on its own port (the gateway through its own), with real Keycloak
 * tokens: ready on its real store, broker and mail server; a write stored and published, or events
 * from the broker in its read model; the 401 and 403 refusals. These checks were each service's
 * {@code Packaged…IT}, which started a second PostgreSQL, Kafka broker and OIDC issuer beside the
 * same jar in every module's build; here they run against the platform the suite starts anyway.
 */
@ExtendWith(PlatformExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PackagedServicesTest {

    /** A refusal of a valid token without the needed role: 403 as problem+json of type forbidden. */
    private static final ResponseSpecification FORBIDDEN = new ResponseSpecBuilder().expectStatusCode(403)
            .expectContentType("application/problem+json").expectBody("type", equalTo("urn:nq57:problem:forbidden")).build();

    static final String NEW_UNIT = "99951";
    static final String UNIT = ReportingJourneyTest.NLB;
    static final String OFFICER = "nlb.officer";
    static final Duration PATIENCE = Duration.ofSeconds(90);

    static String planId;
    static String roundId;
    static String reportId;

    static String plan() {
        return PlatformExtension.serviceUrl("plan-service");
    }

    static String submission() {
        return PlatformExtension.serviceUrl("submission-service");
    }

    static String aggregation() {
        return PlatformExtension.serviceUrl("aggregation-service");
    }

    static String notification() {
        return PlatformExtension.serviceUrl("notification-service");
    }

    static String gateway() {
        return PlatformExtension.serviceUrl("gateway");
    }

    @Test
    @Order(1)
    void planServiceIsReadyStoresAndPublishesAUnitAndRefuses() {
        given().baseUri(plan()).get("/q/health/ready")
                .then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItems("Reactive PostgreSQL connections health check", "Kafka broker"));

        asUser("hp.admin").baseUri(plan())
                .body(Map.of("code", NEW_UNIT, "name", "Đóng Gói", "type", "XA", "parentCode", "31"))
                .post("/api/v1/units").then().statusCode(201);
        asUser("hp.staff").baseUri(plan()).get("/api/v1/units/" + NEW_UNIT)
                .then().statusCode(200).body("fullName", equalTo("Xã Đóng Gói")).body("active", equalTo(true));
        try (EventReader units = new EventReader(PlatformExtension.endpoints().kafkaBootstrap(), Topics.UNITS)) {
            UnitSnapshot unit = EventCodec.data(
                    units.await(r -> NEW_UNIT.equals(r.key()), Duration.ofSeconds(60)).event(), UnitSnapshot.class);
            assertEquals("Xã Đóng Gói", unit.fullName());
        }

        given().baseUri(plan()).get("/api/v1/units").then().statusCode(401);
        asUser("hp.staff").baseUri(plan())
                .body(Map.of("code", "99952", "name", "Thử", "type", "XA", "parentCode", "31"))
                .post("/api/v1/units")
                .then().spec(FORBIDDEN);
    }

    @Test
    @Order(2)
    void submissionServiceIsReadyOpensARoundOnConsumedPlanEventsPublishesItAndRefuses() {
        given().baseUri(submission()).get("/q/health/ready")
                .then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("MongoDB")))
                .body("checks.name", hasItem(containsString("Messaging")));

        planId = MatrixObjects.issuedPlan("31", "hp.admin");
        Map<String, Object> round = roundBody(planId);
        // submission-service knows the plan once it has consumed plan-service's event
        roundId = await().atMost(PATIENCE).pollInterval(Duration.ofMillis(250))
                .until(() -> asUser("hp.admin").baseUri(submission()).body(round).post("/api/v1/rounds"),
                        r -> r.statusCode() == 201)
                .jsonPath().getString("roundId");
        asUser("hp.staff").baseUri(submission()).get("/api/v1/rounds/" + roundId)
                .then().statusCode(200).body("planId", equalTo(planId));
        try (EventReader rounds = new EventReader(PlatformExtension.endpoints().kafkaBootstrap(), Topics.ROUNDS)) {
            EventReader.Received opened = rounds.await(r -> r.event().subject().equals(roundId), Duration.ofSeconds(60));
            assertEquals(EventType.ROUND_OPENED.type(), opened.event().type());
            assertEquals(UUID.fromString(planId), EventCodec.data(opened.event(), RoundSnapshot.class).planId());
        }

        given().baseUri(submission()).get("/api/v1/rounds").then().statusCode(401);
        asUser("hp.staff").baseUri(submission()).body(round).post("/api/v1/rounds")
                .then().spec(FORBIDDEN);
    }

    @Test
    @Order(3)
    void aggregationServiceIsReadyBuildsItsReadModelFromTheBrokerAndRefuses() {
        given().baseUri(aggregation()).get("/q/health/ready")
                .then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItems("Database connections health check"));

        submitReport();
        String storedName = asUser("hp.staff").baseUri(plan()).get("/api/v1/units/" + UNIT)
                .then().statusCode(200).extract().path("fullName");
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                asUser("hp.admin").baseUri(aggregation()).get("/api/v1/aggregation/rounds/" + roundId + "/status")
                        .then().statusCode(200)
                        .body("units[0].unitCode", equalTo(UNIT))
                        .body("units[0].status", equalTo("SUBMITTED_ON_TIME"))
                        .body("units[0].unitName", equalTo(storedName)));

        given().baseUri(aggregation()).get("/api/v1/aggregation/rounds").then().statusCode(401);
        // a valid token without any of the service's roles
        asUser("platform.operator").baseUri(aggregation()).get("/api/v1/aggregation/rounds")
                .then().spec(FORBIDDEN);
    }

    @Test
    @Order(4)
    void notificationServiceIsReadyStoresAContactTurnsAnAcceptanceIntoTheOfficersInboxNoticeAndRefuses() {
        given().baseUri(notification()).get("/q/health/ready")
                .then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItems("SMTP server", "Reactive PostgreSQL connections health check"));

        // a city admin may name only users notification-service has seen: the officer opens the app once
        asUser(OFFICER).baseUri(notification()).get("/api/v1/notifications/unread-count").then().statusCode(200);
        Map<String, Object> contact = Map.of("scope", "UNIT", "unitCode", UNIT, "name", "Hộp thư đóng gói " + UNIT,
                "userId", KeycloakTokens.subject(OFFICER), "channels", List.of("INBOX"));
        String contactId = await().atMost(PATIENCE).pollInterval(Duration.ofMillis(250))
                .until(() -> asUser("hp.admin").baseUri(notification()).body(contact).post("/api/v1/contacts"),
                        r -> r.statusCode() == 201)
                .jsonPath().getString("id");
        asUser("hp.admin").baseUri(notification()).get("/api/v1/contacts/" + contactId)
                .then().statusCode(200).body("unitCode", equalTo(UNIT));

        if (reportId == null) {
            submitReport();
        }
        asUser("hp.staff").baseUri(submission()).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("comment", "Đạt yêu cầu")).post("/api/v1/reports/" + reportId + "/accept")
                .then().statusCode(200);
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
            List<String> kinds = asUser(OFFICER).baseUri(notification()).queryParam("size", 200)
                    .get("/api/v1/notifications").then().statusCode(200).extract().jsonPath()
                    .getList("items.findAll { it.roundId == '" + roundId + "' }.kind");
            assertEquals(List.of("ACCEPTED"), kinds.stream().filter("ACCEPTED"::equals).toList(),
                    "one acceptance notice for the round in " + kinds);
        });

        given().baseUri(notification()).get("/api/v1/notifications").then().statusCode(401);
        asUser("platform.operator").baseUri(notification()).get("/api/v1/notifications")
                .then().spec(FORBIDDEN);
    }

    @Test
    @Order(5)
    void gatewayIsReadyRoutesWithTheTokenListsARecordParkedOnTheBrokerAndRefuses() throws Exception {
        given().baseUri(gateway()).get("/q/health/ready")
                .then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.find { it.name == 'backends' }.data.plan", containsString("UP"));

        // plan-service answers only to a valid token (401 without): the gateway forwarded the caller's
        given().baseUri(plan()).get("/api/v1/units/" + NEW_UNIT).then().statusCode(401);
        asUser("hp.staff").baseUri(gateway()).get("/api/v1/units/" + NEW_UNIT)
                .then().statusCode(200).body("fullName", equalTo("Xã Đóng Gói"));

        String eventId = UUID.randomUUID().toString();
        park(Topics.REPORTS, "rpt-packaged", eventId);
        asUser("platform.operator").baseUri(gateway())
                .queryParam("topic", Topics.REPORTS).queryParam("limit", 100)
                .get("/api/v1/platform/dead-letters")
                .then().statusCode(200).body(containsString(eventId));

        given().baseUri(gateway()).get("/api/v1/plans")
                .then().statusCode(401).contentType("application/problem+json")
                .body("type", equalTo("urn:nq57:problem:unauthenticated"));
        asUser("hp.staff").baseUri(gateway()).get("/api/v1/platform/dead-letters")
                .then().spec(FORBIDDEN);
    }

    // ---- helpers

    private static Map<String, Object> roundBody(String plan) {
        return Map.of("planId", plan, "title", "Báo cáo kiểm thử bản đóng gói",
                "request", Map.of("numberSymbol", "58/SKHCN-JAR", "issuedOn", LocalDate.now(ReportingJourneyTest.VN).toString(),
                        "issuer", "Sở Khoa học và Công nghệ"),
                "period", Map.of("kind", "YEAR", "year", 2026),
                "dueAt", OffsetDateTime.now(ReportingJourneyTest.VN).plusDays(30).truncatedTo(ChronoUnit.MINUTES).toString(),
                "unitCodes", List.of(UNIT));
    }

    /** The officer drafts and submits the unit's report in the round, on submission-service directly. */
    private static synchronized void submitReport() {
        if (reportId != null) {
            return;
        }
        Map<String, Object> content = Content.report("7/BC-JAR", List.of(exact("RADIO_BROADCASTS", 28)));
        Response draft = await().atMost(PATIENCE).pollInterval(Duration.ofMillis(250))
                .until(() -> asUser(OFFICER).baseUri(submission()).header("Idempotency-Key", UUID.randomUUID().toString())
                        .body(Map.of("roundId", roundId, "unitCode", UNIT, "content", content)).post("/api/v1/reports"),
                        r -> r.statusCode() == 201);
        String id = draft.jsonPath().getString("reportId");
        asUser(OFFICER).baseUri(submission()).header("If-Match", draft.header("ETag"))
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .post("/api/v1/reports/" + id + "/submit").then().statusCode(200);
        reportId = id;
    }

    /** Parks a record as SmallRye's dead-letter-queue failure strategy does. */
    private static void park(String topic, String key, String eventId) throws Exception {
        String value = "{\"specversion\":\"1.0\",\"id\":\"" + eventId + "\",\"source\":\"/submission-service\","
                + "\"type\":\"vn.nq57.report.submitted\",\"subject\":\"" + key + "\","
                + "\"time\":\"2026-11-29T08:00:00Z\",\"datacontenttype\":\"application/json\","
                + "\"data\":{\"note\":\"Khó khăn\"}}";
        ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(Topics.deadLetter(topic),
                key.getBytes(StandardCharsets.UTF_8), value.getBytes(StandardCharsets.UTF_8));
        Map<String, String> headers = Map.of("content-type", "application/cloudevents+json; charset=UTF-8",
                "dead-letter-reason", "packaged gateway check", "dead-letter-cause", "java.sql.SQLException: boom",
                "dead-letter-topic", topic, "dead-letter-partition", "0", "dead-letter-offset", "7");
        headers.forEach((name, v) -> record.headers().add(name, v.getBytes(StandardCharsets.UTF_8)));
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, PlatformExtension.endpoints().kafkaBootstrap(),
                ProducerConfig.ACKS_CONFIG, "all"), new ByteArraySerializer(), new ByteArraySerializer())) {
            producer.send(record).get(30, TimeUnit.SECONDS);
        }
    }
}
