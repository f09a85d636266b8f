package vn.nq57.testinfra;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

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

    public static MongoWireServer start(int port) {
        int actual = Ports.orFree(port);
        MongoServer server = new MongoServer(new MemoryBackend());
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
