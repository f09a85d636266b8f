package vn.nq57.gateway;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.HashMap;
import java.util.Map;
import vn.nq57.testinfra.Ports;

/**
 * Starts the stand-in backends once and points the gateway at them: plan, submission and
 * notification answer; aggregation refuses connections; {@code silent} (paths {@code /api/v1/silent})
 * accepts and never answers; {@code flaky} (paths {@code /api/v1/flaky}) resets its connections on
 * demand ({@link ResettingBackend}). A client application {@code tiny-app} gets a 3-request bucket; a user
 * may hold 3 event streams, a replica 5.
 */
public class BackendsTestResource implements QuarkusTestResourceLifecycleManager {

    private EchoBackend plan;
    private EchoBackend submission;
    private EchoBackend notification;
    private SilentBackend silent;
    private ResettingBackend flaky;

    @Override
    public Map<String, String> start() {
        plan = new EchoBackend("plan", "/backends/plan-openapi.json");
        submission = new EchoBackend("submission", "/backends/submission-openapi.json");
        notification = new EchoBackend("notification", "/backends/notification-openapi.json");
        silent = new SilentBackend();
        flaky = new ResettingBackend();
        Map<String, String> config = new HashMap<>();
        config.put("nq57.gateway.services.plan.url", plan.url());
        config.put("nq57.gateway.services.submission.url", submission.url());
        config.put("nq57.gateway.services.notification.url", notification.url());
        config.put("nq57.gateway.services.aggregation.url", "http://127.0.0.1:" + Ports.free());
        config.put("nq57.gateway.services.silent.url", silent.url());
        config.put("nq57.gateway.services.silent.paths", "silent");
        config.put("nq57.gateway.services.flaky.url", flaky.url());
        config.put("nq57.gateway.services.flaky.paths", "flaky");
        config.put("nq57.gateway.connect-timeout", "1S");
        config.put("nq57.gateway.request-timeout", "1500ms");
        config.put("nq57.gateway.readiness.probe-timeout", "1S");
        config.put("nq57.gateway.openapi.fetch-timeout", "1S");
        config.put("nq57.gateway.rate-limit.capacity", "1000");
        config.put("nq57.gateway.rate-limit.refill-per-second", "100");
        config.put("nq57.gateway.rate-limit.clients.tiny-app.capacity", "3");
        config.put("nq57.gateway.rate-limit.clients.tiny-app.refill-per-second", "0.1");
        config.put("nq57.gateway.openapi.keycloak-url", "https://sso.nq57.test");
        config.put("nq57.gateway.streams.per-user", "3");
        config.put("nq57.gateway.streams.per-replica", "5");
        config.put("nq57.gateway.streams.retry-after", "7S");
        return config;
    }

    @Override
    public void stop() {
        plan.stop();
        submission.stop();
        notification.stop();
        silent.stop();
        flaky.stop();
    }
}
