package vn.nq57.testinfra;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.nio.file.Path;

/**
 * A MongoDB wire-compatible server (mongo-java-server, in memory): no mongod binary can be had
 * here. Only MongoDB features both support are used by the services.
 */
public final class MongoWireServer implements AutoCloseable {

    private final MongoServer server;
    private final int port;

    private MongoWireServer(MongoServer server, int port) {
        this.server = server;
        this.port = port;
    }

    /** In memory: what tests use. */
    public static MongoWireServer start(int port) {
        return start(port, new MemoryBackend());
    }

    /** Kept in an H2 file, so that a local platform's data survives a restart. */
    public static MongoWireServer startPersistent(int port, Path file) {
        return start(port, new H2Backend(file.toAbsolutePath().toString()));
    }

    private static MongoWireServer start(int port, MongoBackend backend) {
        int actual = Ports.orFree(port);
        MongoServer server = new MongoServer(backend);
        server.bind("127.0.0.1", actual);
        return new MongoWireServer(server, actual);
    }

    public String connectionString() {
        return "mongodb://127.0.0.1:" + port;
    }

    @Override
    public void close() {
        server.shutdownNow();
    }
}
