package vn.nq57.gateway;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;
import vn.nq57.testinfra.PlatformTestResource;
import vn.nq57.testinfra.TestTokens;

@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "servers", value = "oidc,kafka"))
@QuarkusTestResource(value = BackendsTestResource.class, restrictToAnnotatedClass = false)
class RequestIdLoggingTest {

    @Test
    void logsTheRequestIdOfTheExchangeInTheMdc() {
        List<String> seen = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record instanceof ExtLogRecord ext) {
                    seen.add(ext.getMdc("requestId") + " " + ext.getFormattedMessage());
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger proxyLog = Logger.getLogger("vn.nq57.gateway.routing.ProxyRoutes");
        proxyLog.addHandler(capture);
        try {
            given().auth().oauth2(TestTokens.cityStaff()).header("X-Request-Id", "egov-trace-000042")
                    .when().get("/api/v1/aggregation/trends")
                    .then().statusCode(503).header("X-Request-Id", "egov-trace-000042");
        } finally {
            proxyLog.removeHandler(capture);
        }
        assertTrue(seen.stream().anyMatch(line -> line.startsWith("egov-trace-000042 ")
                && line.contains("/api/v1/aggregation/trends")), seen.toString());
    }
}
