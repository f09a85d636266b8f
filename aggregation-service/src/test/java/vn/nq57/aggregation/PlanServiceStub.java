package vn.nq57.aggregation;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;

/**
 * A loopback HTTP server in plan-service's shape for {@code GET /api/v1/plans/{id}/coverage}: plan
 * {@link #PLAN_192} answers the coverage of 192/KH-UBND, plan {@link #SLOW} answers after the service's
 * timeout (as an unreachable plan-service would), others 404. It keeps the Authorization header each plan
 * was asked with. Started once per JVM; aggregation is pointed at it with a 1 s timeout.
 */
public class PlanServiceStub implements QuarkusTestResourceLifecycleManager {

    static final UUID PLAN_192 = UUID.fromString("c0a80192-5700-4000-8000-000000000192");
    static final UUID SLOW = UUID.fromString("c0a80192-5700-4000-8000-00000000dead");
    static final Map<UUID, String> AUTHORIZATION = new ConcurrentHashMap<>();

    static final String COVERAGE_192 = """
            {"planId":"c0a80192-5700-4000-8000-000000000192","numberSymbol":"192/KH-UBND","unitCode":"31",
             "totalUnits":6,"issuedCount":2,"notIssuedCount":4,"draftingCount":1,"futureField":"ignored",
             "issued":[{"unitCode":"11446","unitName":"Phường Phù Liễn","planId":"c0a81144-5700-4000-8000-000000000048",
                        "numberSymbol":"48/KH-UBND","issuedOn":"2025-08-20"},
                       {"unitCode":"11914","unitName":"Đặc khu Cát Hải","planId":"c0a81191-5700-4000-8000-000000000036",
                        "numberSymbol":"36/KH-UBND","issuedOn":"2025-08-18"}],
             "notIssued":[{"unitCode":"11242","unitName":"Xã Nguyễn Lương Bằng"},
                          {"unitCode":"11674","unitName":"Xã An Hưng","draftPlanId":"c0a81167-5700-4000-8000-000000002026"},
                          {"unitCode":"11239","unitName":"Xã Thanh Miện"},
                          {"unitCode":"10507","unitName":"Phường Thành Đông"}]}""";

    private static HttpServer server;

    @Override
    public synchronized Map<String, String> start() {
        if (server == null) {
            try {
                server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            server.setExecutor(Executors.newFixedThreadPool(4, r -> {
                Thread t = new Thread(r, "plan-service-stub");
                t.setDaemon(true);
                return t;
            }));
            server.createContext("/api/v1/plans/", PlanServiceStub::answer);
            server.start();
        }
        return Map.of("aggregation.plan-service.url", "http://127.0.0.1:" + server.getAddress().getPort(),
                "aggregation.plan-service.timeout", "1s");
    }

    private static void answer(HttpExchange exchange) throws IOException {
        String[] path = exchange.getRequestURI().getPath().split("/");
        UUID plan = path.length == 6 && "coverage".equals(path[5]) ? parse(path[4]) : null;
        if (plan != null) {
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            AUTHORIZATION.put(plan, authorization == null ? "" : authorization);
        }
        if (SLOW.equals(plan)) {
            try {
                Thread.sleep(3_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        boolean found = PLAN_192.equals(plan);
        byte[] body = (found ? COVERAGE_192 : "{\"status\":404}").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(found ? 200 : 404, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static UUID parse(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    @Override
    public void stop() {
        // shared by every application start of this JVM, like the other servers
    }
}
