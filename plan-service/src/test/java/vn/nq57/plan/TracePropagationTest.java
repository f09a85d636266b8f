package vn.nq57.plan;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.nq57.contracts.events.TraceContext;
import vn.nq57.contracts.events.Topics;
import vn.nq57.testinfra.EventReader;
import vn.nq57.testinfra.PlatformTestResource;
import vn.nq57.testinfra.TestTokens;
import vn.nq57.testinfra.TestTraces;

/**
 * One trace from the request into Kafka: the outbox row keeps the caller's trace context, the
 * event carries it as the CloudEvents tracing extension, and the record's traceparent header
 * names the relay's publish span in the same trace.
 */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, restrictToAnnotatedClass = false, initArgs = {
    @ResourceArg(name = "servers", value = "postgres,kafka,oidc"),
    @ResourceArg(name = "database", value = "plan")})
class TracePropagationTest {

    @Inject
    Pool pool;

    @Test
    void aRequestsTraceReachesTheOutboxAndThePublishedRecord() {
        String traceId = TestTraces.newTraceId();
        // a band no other test names: 99100-99899 once drew UnitImportBoundsTest's 99306, which must not exist
        String code = "997" + (10 + (int) (Math.random() * 90));
        given().auth().oauth2(TestTokens.cityAdmin()).contentType(ContentType.JSON)
                .header("traceparent", TestTraces.traceparent(traceId)).header("tracestate", "egov=31")
                .body(Map.of("code", code, "name", "Truy Vết", "type", "XA", "parentCode", "31"))
                .when().post("/api/v1/units")
                .then().statusCode(201);

        try (EventReader units = new EventReader(Topics.UNITS)) {
            EventReader.Received record = units.await(r -> r.key().equals(code), Duration.ofSeconds(30));
            TraceContext stored = storedTrace(UUID.fromString(record.event().id()));
            assertEquals(traceId, stored.traceId(), "the outbox row keeps the request's trace");
            assertEquals("egov=31", stored.tracestate());
            assertNotEquals(TestTraces.traceparent(traceId), stored.traceparent(), "the service's own span, not the caller's");

            assertEquals(stored, record.event().trace(), "the event carries the writer's context");
            TraceContext header = TraceContext.of(record.headers().get("traceparent"), record.headers().get("tracestate"));
            assertEquals(traceId, header.traceId(), "the record continues the request's trace");
            assertNotEquals(stored.traceparent(), header.traceparent(), "the header names the relay's publish span");
            assertEquals("egov=31", header.tracestate());
        }
    }

    private TraceContext storedTrace(UUID eventId) {
        Row row = pool.preparedQuery("SELECT traceparent, tracestate FROM outbox WHERE id = $1")
                .execute(Tuple.of(eventId)).await().atMost(Duration.ofSeconds(10)).iterator().next();
        return TraceContext.of(row.getString("traceparent"), row.getString("tracestate"));
    }
}
