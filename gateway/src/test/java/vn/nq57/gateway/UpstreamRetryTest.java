package vn.nq57.gateway;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.channel.Channel;
import io.netty.channel.EventLoop;
import io.netty.channel.SingleThreadEventLoop;
import io.netty.util.concurrent.EventExecutor;
import io.netty.util.concurrent.SingleThreadEventExecutor;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.Vertx;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import vn.nq57.testinfra.PlatformTestResource;
import vn.nq57.testinfra.TestTokens;

/**
 * A pooled backend connection that the backend reset while it sat idle is retried once on a new
 * connection when nothing of the request had gone out; once the request is out, it is not.
 *
 * <p>The race is made deterministic by holding the event loop that owns the pooled connection:
 * the backend resets the connection, the next request (arriving on another event loop) leases it
 * because the gateway has not yet seen the reset; opening the request or writing its head then
 * meets the reset connection.
 */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "servers", value = "oidc,kafka"))
@QuarkusTestResource(value = BackendsTestResource.class, restrictToAnnotatedClass = false)
class UpstreamRetryTest {

    @Inject
    Vertx vertx;

    @TestHTTPResource("/")
    URL gateway;

    @ConfigProperty(name = "nq57.gateway.services.flaky.url")
    URI flaky;

    private final HttpClient control = HttpClient.newHttpClient();

    @Test
    void retriesOnANewConnectionWhenThePooledOneWasResetBeforeTheRequestWentOut() throws Exception {
        String token = TestTokens.cityStaff();
        given().auth().oauth2(token).when().get("/api/v1/flaky/first").then().statusCode(200);
        EventLoop pooledLoop = await().atMost(Duration.ofSeconds(20))
                .until(() -> loopsHolding(flaky.getPort()), loops -> loops.size() == 1).get(0);
        try (Socket client = connectionServedBesides(pooledLoop)) {
            CountDownLatch release = new CountDownLatch(1);
            pooledLoop.execute(() -> holdUntil(release));
            try {
                assertEquals("{\"reset\":1}", control("/control/reset-idle"));
                writeRequest(client, "GET", "/api/v1/flaky/second", token, "");
                // The request leased the pooled connection; its head waits for the held event loop.
                await().atMost(Duration.ofSeconds(20))
                        .until(() -> ((SingleThreadEventExecutor) pooledLoop).pendingTasks() > 0);
            } finally {
                release.countDown();
            }
            String answer = readAnswer(client);
            assertTrue(answer.startsWith("HTTP/1.1 200"), answer);
            assertTrue(answer.contains("{\"path\":\"/api/v1/flaky/second\"}"), answer);
        }
        given().when().get("/q/metrics").then().statusCode(200)
                // "head" when the write met the reset socket, "open" when the gateway saw the reset first
                .body(containsString("nq57_gateway_upstream_retries_total{service=\"flaky\",stage=\""));
        assertEquals("1", control("/control/count?path=/api/v1/flaky/second"));
    }

    @Test
    void doesNotRetryARequestTheBackendReceived() {
        given().auth().oauth2(TestTokens.cityStaff())
                .contentType("application/json")
                .body("{\"reason\":\"Đóng kỳ báo cáo\"}")
                .when().post(ResettingBackend.DROP_PATH)
                .then().statusCode(503)
                .contentType("application/problem+json")
                .body("detail", startsWith("The flaky service failed to answer"));
        assertEquals("1", control("/control/count?path=" + ResettingBackend.DROP_PATH));
    }

    /** Event loops of the gateway holding a channel to or from {@code port}, looked up on each loop. */
    private List<EventLoop> loopsHolding(int port) throws Exception {
        List<EventLoop> found = new ArrayList<>();
        for (EventExecutor executor : vertx.nettyEventLoopGroup()) {
            SingleThreadEventLoop loop = (SingleThreadEventLoop) executor;
            boolean holds = loop.submit(() -> {
                Iterator<Channel> channels = loop.registeredChannelsIterator();
                while (channels.hasNext()) {
                    if (channels.next().remoteAddress() instanceof InetSocketAddress inet && inet.getPort() == port) {
                        return true;
                    }
                }
                return false;
            })
                    .get(10, TimeUnit.SECONDS);
            if (holds) {
                found.add(loop);
            }
        }
        return found;
    }

    /** A client connection to the gateway that another event loop than {@code busy} serves. */
    private Socket connectionServedBesides(EventLoop busy) throws Exception {
        for (int attempt = 0; attempt < 20; attempt++) {
            Socket socket = new Socket(gateway.getHost(), gateway.getPort());
            int port = socket.getLocalPort();
            boolean elsewhere = await().atMost(Duration.ofSeconds(10))
                    .until(() -> loopsHolding(port), loops -> !loops.isEmpty())
                    .stream().noneMatch(loop -> loop == busy);
            if (elsewhere) {
                return socket;
            }
            socket.close();
        }
        throw new AssertionError("Every connection landed on the event loop of the pooled connection");
    }

    private static void holdUntil(CountDownLatch release) {
        try {
            release.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void writeRequest(Socket socket, String method, String path, String token, String body)
            throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String head = method + " " + path + " HTTP/1.1\r\nHost: " + gateway.getHost() + ":" + gateway.getPort()
                + "\r\nAuthorization: Bearer " + token + "\r\nContent-Length: " + bytes.length
                + "\r\nConnection: close\r\n\r\n";
        OutputStream out = socket.getOutputStream();
        out.write(head.getBytes(StandardCharsets.US_ASCII));
        out.write(bytes);
        out.flush();
    }

    /** The whole answer; the gateway closes the connection after it ({@code Connection: close}). */
    private static String readAnswer(Socket socket) throws IOException {
        socket.setSoTimeout(30_000);
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        InputStream in = socket.getInputStream();
        in.transferTo(answer);
        return answer.toString(StandardCharsets.UTF_8);
    }

    private String control(String pathAndQuery) {
        try {
            return control.send(HttpRequest.newBuilder(flaky.resolve(pathAndQuery)).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
