package vn.nq57.notification;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import vn.nq57.testinfra.PlatformTestResource;
import vn.nq57.testinfra.TestTokens;

/**
 * The inbox stream across replicas: a notice recorded by another replica (here: rows inserted over
 * another database connection, exactly what that replica's transaction writes) reaches every open
 * stream of its recipient on this one, and nobody else's.
 */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, restrictToAnnotatedClass = false, initArgs = {
    @ResourceArg(name = "servers", value = "postgres,kafka,oidc,smtp"),
    @ResourceArg(name = "database", value = "notification")})
class InboxFanOutTest {

    @TestHTTPResource("/api/v1/notifications/stream")
    URI stream;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    @ConfigProperty(name = "quarkus.datasource.username")
    String user;

    @ConfigProperty(name = "quarkus.datasource.password")
    String password;

    private record Open(List<String> lines, CompletableFuture<HttpResponse<Stream<String>>> response) {

        boolean received(String title) {
            return lines.stream().anyMatch(l -> l.startsWith("data:") && l.contains(title));
        }
    }

    private Open open(String unit) {
        List<String> lines = new CopyOnWriteArrayList<>();
        HttpRequest request = HttpRequest.newBuilder(stream)
                .header("Authorization", "Bearer " + TestTokens.unitOfficer(unit))
                .header("Accept", "text/event-stream").GET().build();
        CompletableFuture<HttpResponse<Stream<String>>> response = HttpClient.newHttpClient()
                .sendAsync(request, HttpResponse.BodyHandlers.ofLines());
        response.thenAccept(r -> r.body().forEach(lines::add));
        return new Open(lines, response);
    }

    /** What another replica's NoticeRecorder commits for one inbox notice. */
    private void recordElsewhere(String recipient, String unit, String title) throws SQLException {
        UUID notification = UUID.randomUUID();
        Timestamp now = Timestamp.from(Instant.now());
        try (Connection db = DriverManager.getConnection(jdbcUrl, user, password)) {
            db.setAutoCommit(false);
            try (PreparedStatement n = db.prepareStatement("insert into notification (id, dedup_key, kind, unit_code,"
                    + " province, title, text_body, html_body, payload, created_at) values (?, ?, 'ACCEPTED', ?, '31', ?, ?, ?, '{}', ?)");
                    PreparedStatement i = db.prepareStatement("insert into inbox_item (id, notification_id, recipient,"
                            + " kind, title, body, unit_code, created_at) values (?, ?, ?, 'ACCEPTED', ?, ?, ?, ?)")) {
                n.setObject(1, notification);
                n.setString(2, "TEST:" + notification);
                n.setString(3, unit);
                n.setString(4, title);
                n.setString(5, "Báo cáo đã được tiếp nhận.");
                n.setString(6, "<p>Báo cáo đã được tiếp nhận.</p>");
                n.setTimestamp(7, now);
                n.executeUpdate();
                i.setObject(1, UUID.randomUUID());
                i.setObject(2, notification);
                i.setString(3, recipient);
                i.setString(4, title);
                i.setString(5, "Báo cáo đã được tiếp nhận.");
                i.setString(6, unit);
                i.setTimestamp(7, now);
                i.executeUpdate();
            }
            db.commit();
        }
    }

    @Test
    void aNoticeRecordedByAnotherReplicaReachesEveryOpenStreamOfItsRecipientOnly() throws SQLException {
        String mine = Fixtures.newUnitCode();
        String other = Fixtures.newUnitCode();
        Open first = open(mine);
        Open second = open(mine);
        Open stranger = open(other);
        String[] last = new String[1];
        // The streams subscribe asynchronously: record again until both streams carry one.
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
            if (last[0] == null || !first.received(last[0]) || !second.received(last[0])) {
                last[0] = "Đã tiếp nhận báo cáo " + UUID.randomUUID();
                recordElsewhere("officer-" + mine, mine, last[0]);
            }
            assertTrue(first.received(last[0]) && second.received(last[0]),
                    () -> "first: " + first.lines() + " second: " + second.lines());
        });
        recordElsewhere("officer-" + other, other, "Thông báo của đơn vị khác " + other);
        await().atMost(Duration.ofSeconds(30)).until(() -> stranger.received("Thông báo của đơn vị khác " + other));
        assertTrue(Stream.of(first, second).flatMap(o -> o.lines().stream()).filter(l -> l.startsWith("data:"))
                .noneMatch(l -> l.contains("\"unitCode\":\"" + other + "\"")), "a stream carries only its own user's notices");
        assertTrue(stranger.lines().stream().filter(l -> l.startsWith("data:")).noneMatch(l -> l.contains("\"unitCode\":\"" + mine + "\"")),
                () -> "stranger: " + stranger.lines());
        Stream.of(first, second, stranger).forEach(o -> o.response().cancel(true));
    }
}
