package vn.nq57.gateway;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A small real HTTP service on loopback standing in for one backend: serves an OpenAPI document and
 * health, echoes every other request as JSON, streams Server-Sent Events, serves a binary export.
 * Tests steer it over HTTP ({@code /control/...}) because they live in another class loader.
 */
final class EchoBackend {

    static final String STREAM_PATH = "/api/v1/notifications/stream";
    static final String EXPORT_PATH = "/api/v1/plans/export.xlsx";
    static final int EXPORT_SIZE = 300_000;

    private final String name;
    private final String openApi;
    private final HttpServer server;
    private volatile CountDownLatch release = new CountDownLatch(1);
    private volatile String streamState = "idle";

    EchoBackend(String name, String openApiResource) {
        this.name = name;
        this.openApi = resource(openApiResource);
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", this::handle);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    void stop() {
        release.countDown();
        server.stop(0);
    }

    static byte[] exportBytes() {
        byte[] bytes = new byte[EXPORT_SIZE];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31 + 7);
        }
        return bytes;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            switch (path) {
                case "/q/openapi" -> send(exchange, 200, "application/json", openApi.getBytes(StandardCharsets.UTF_8));
                case "/q/health", "/q/health/ready", "/q/health/live", "/q/health/started" -> send(exchange, 200,
                        "application/json", ("{\"status\":\"UP\",\"checks\":[{\"name\":\"" + name
                                + "\",\"status\":\"UP\"}]}").getBytes(StandardCharsets.UTF_8));
                case "/control/release" -> {
                    release.countDown();
                    send(exchange, 204, null, new byte[0]);
                }
                case "/control/stream" -> send(exchange, 200, "text/plain", streamState.getBytes(StandardCharsets.UTF_8));
                case STREAM_PATH -> stream(exchange);
                case EXPORT_PATH -> {
                    exchange.getResponseHeaders().add("Content-Disposition", "attachment; filename=\"ke-hoach.xlsx\"");
                    send(exchange, 200, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                            exportBytes());
                }
                default -> echo(exchange);
            }
        }
    }

    /** Sends one event, waits for the test's go, sends a second and closes. */
    private void stream(HttpExchange exchange) throws IOException {
        release = new CountDownLatch(1);
        streamState = "opening";
        exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
        exchange.getResponseHeaders().add("Cache-Control", "no-cache");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        streamState = "open";
        out.write("id: 1\nevent: notification\ndata: {\"title\":\"Nhắc hạn nộp báo cáo\"}\n\n"
                .getBytes(StandardCharsets.UTF_8));
        out.flush();
        try {
            // A comment line every 100 ms notices a client that went away (the write fails).
            while (!release.await(100, TimeUnit.MILLISECONDS)) {
                out.write(":\n".getBytes(StandardCharsets.UTF_8));
                out.flush();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException clientGone) {
            streamState = "client-gone";
            return;
        }
        out.write("id: 2\nevent: notification\ndata: {\"title\":\"Báo cáo đã được duyệt\"}\n\n"
                .getBytes(StandardCharsets.UTF_8));
        out.close();
        streamState = "closed";
    }

    private void echo(HttpExchange exchange) throws IOException {
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        Map<String, String> headers = new TreeMap<>();
        exchange.getRequestHeaders().forEach((key, values) -> headers.put(key.toLowerCase(), String.join(",", values)));
        StringBuilder json = new StringBuilder("{");
        field(json, "service", name).append(',');
        field(json, "method", exchange.getRequestMethod()).append(',');
        field(json, "path", exchange.getRequestURI().getRawPath()).append(',');
        field(json, "query", exchange.getRequestURI().getRawQuery()).append(',');
        field(json, "body", new String(body, StandardCharsets.UTF_8)).append(',');
        field(json, "bodyBase64", Base64.getEncoder().encodeToString(body)).append(',');
        json.append("\"headers\":{");
        headers.forEach((key, value) -> field(json, key, value).append(','));
        if (!headers.isEmpty()) {
            json.setLength(json.length() - 1);
        }
        json.append("}}");
        List<String> status = exchange.getRequestHeaders().get("X-Echo-Status");
        exchange.getResponseHeaders().add("ETag", "\"7\"");
        exchange.getResponseHeaders().add("X-Backend", name);
        List<String> location = exchange.getRequestHeaders().get("X-Echo-Location");
        if (location != null) {
            exchange.getResponseHeaders().add("Location", url() + location.get(0));
        }
        send(exchange, status == null ? 200 : Integer.parseInt(status.get(0)), "application/json;charset=UTF-8",
                json.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static StringBuilder field(StringBuilder json, String key, String value) {
        json.append('"').append(key).append("\":");
        if (value == null) {
            return json.append("null");
        }
        json.append('"').append(JsonStringEncoder.getInstance().quoteAsString(value));
        return json.append('"');
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        if (type != null) {
            exchange.getResponseHeaders().add("Content-Type", type);
        }
        boolean empty = body.length == 0 || status == 304;
        exchange.sendResponseHeaders(status, empty ? -1 : body.length);
        if (!empty) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static String resource(String name) {
        try (InputStream in = EchoBackend.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
