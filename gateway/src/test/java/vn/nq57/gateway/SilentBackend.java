package vn.nq57.gateway;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A backend that accepts connections and reads requests but never answers. */
final class SilentBackend {

    private final ServerSocket server;
    private final List<Socket> held = new CopyOnWriteArrayList<>();

    SilentBackend() {
        try {
            server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread acceptor = new Thread(this::accept, "silent-backend");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getLocalPort();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                held.add(socket);
                Thread reader = new Thread(() -> drain(socket), "silent-backend-reader");
                reader.setDaemon(true);
                reader.start();
            } catch (IOException closed) {
                return;
            }
        }
    }

    private static void drain(Socket socket) {
        try (InputStream in = socket.getInputStream()) {
            byte[] buffer = new byte[4096];
            while (in.read(buffer) >= 0) {
                // Reading keeps the connection open; nothing is ever written back.
                continue;
            }
        } catch (IOException ignored) {
            // The gateway gave up and closed the connection, which is what the test expects.
        }
    }

    void stop() {
        try {
            server.close();
            for (Socket socket : held) {
                socket.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
