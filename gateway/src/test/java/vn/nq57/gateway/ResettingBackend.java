package vn.nq57.gateway;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A keep-alive HTTP/1.1 backend on loopback that resets its connections (TCP RST), as a backend
 * ending idle keep-alive connections can. {@code /control/reset-idle} resets every connection that
 * has answered and waits for its next request; a request to {@code /api/v1/flaky/drop...} is read
 * in full and its connection reset without an answer; {@code /control/count?path=...} tells how many
 * requests a path received. Other {@code /api/...} requests get 200 on a kept-alive connection;
 * anything else (health, OpenAPI) is answered on a connection closed afterwards, so that only the
 * routed calls leave pooled connections in the gateway. Tests steer it over HTTP.
 */
final class ResettingBackend {

    static final String DROP_PATH = "/api/v1/flaky/drop";

    private final ServerSocket server;
    private final Set<Socket> idle = ConcurrentHashMap.newKeySet();
    private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
    private final AtomicInteger connections = new AtomicInteger();

    ResettingBackend() {
        try {
            server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread acceptor = new Thread(this::accept, "resetting-backend");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getLocalPort();
    }

    void stop() {
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        idle.forEach(ResettingBackend::reset);
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                Thread connection = new Thread(() -> serve(socket), "resetting-backend-" + connections.incrementAndGet());
                connection.setDaemon(true);
                connection.start();
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void serve(Socket socket) {
        try (socket; InputStream in = new BufferedInputStream(socket.getInputStream())) {
            OutputStream out = socket.getOutputStream();
            String target;
            while ((target = readRequest(in)) != null) {
                idle.remove(socket);
                String path = URI.create(target).getPath();
                counts.computeIfAbsent(path, key -> new AtomicInteger()).incrementAndGet();
                if (path.startsWith(DROP_PATH)) {
                    reset(socket);
                    return;
                }
                if (!path.startsWith("/api/")) {
                    answer(out, path.startsWith("/q/health") ? 200 : 404, control(target), true);
                    return;
                }
                // Idle from the moment the answer is out: the test resets only after reading it.
                idle.add(socket);
                answer(out, 200, "{\"path\":\"" + path + "\"}", false);
            }
        } catch (IOException gone) {
            // Reset by the test or closed by the gateway: this connection is over.
        } finally {
            idle.remove(socket);
        }
    }

    private String control(String target) {
        URI uri = URI.create(target);
        return switch (uri.getPath()) {
            case "/control/reset-idle" -> {
                int reset = 0;
                for (Socket socket : idle) {
                    idle.remove(socket);
                    reset(socket);
                    reset++;
                }
                yield "{\"reset\":" + reset + "}";
            }
            case "/control/count" -> {
                String path = uri.getQuery().substring("path=".length());
                yield Integer.toString(counts.getOrDefault(path, new AtomicInteger()).get());
            }
            default -> "{\"status\":\"UP\"}";
        };
    }

    /** Closing with a zero linger time sends RST instead of FIN. */
    private static void reset(Socket socket) {
        try {
            socket.setSoLinger(true, 0);
            socket.close();
        } catch (IOException ignored) {
            // Already gone, which is what a reset wants.
        }
    }

    /** Reads one request (head and a Content-Length body); its target, or null at end of stream. */
    private static String readRequest(InputStream in) throws IOException {
        String requestLine = readLine(in);
        if (requestLine == null) {
            return null;
        }
        int length = 0;
        for (String header = readLine(in); header != null && !header.isEmpty(); header = readLine(in)) {
            String lower = header.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-length:")) {
                length = Integer.parseInt(lower.substring("content-length:".length()).trim());
            }
        }
        in.readNBytes(length);
        return requestLine.split(" ")[1];
    }

    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) >= 0 && b != '\n') {
            if (b != '\r') {
                line.write(b);
            }
        }
        return b < 0 && line.size() == 0 ? null : line.toString(StandardCharsets.UTF_8);
    }

    private static void answer(OutputStream out, int status, String json, boolean close) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        String head = "HTTP/1.1 " + status + (status == 200 ? " OK" : " Not Found") + "\r\n"
                + "Content-Type: application/json\r\nContent-Length: " + body.length + "\r\n"
                + (close ? "Connection: close\r\n" : "") + "\r\n";
        out.write(head.getBytes(StandardCharsets.US_ASCII));
        out.write(body);
        out.flush();
    }
}
