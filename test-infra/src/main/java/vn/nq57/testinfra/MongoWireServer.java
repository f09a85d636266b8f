package vn.nq57.testinfra;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.h2.mvstore.MVStore;
import vn.nq57.testinfra.mongo.ValueOrderedH2Backend;

/**
 * A MongoDB wire-compatible server (mongo-java-server): no mongod binary can be had
 * here. Only MongoDB features both support are used by the services.
 */
public final class MongoWireServer implements AutoCloseable {

    private static final int PAGE_CACHE_MB = 384;
    private static final int UNSAVED_BUFFER_KB = 256 * 1024;
    private static final int COMMIT_EVERY_MS = 5_000;

    private final MongoServer server;
    private final int port;
    private final AtomicBoolean closed = new AtomicBoolean();

    /**
     * MVStore closes itself when saving in the background fails, and says nothing unless asked: the
     * local platform's MongoDB then kept its connections open and every request hung until the
     * services' timeouts. Said loudly, with the cause, and the server stops (from a thread of its own:
     * this one is the store's), so that clients are refused at once and the services' health checks
     * report MongoDB down.
     */
    static void storeFailed(Thread thread, Throwable failure, MongoWireServer wire) {
        System.err.println("MongoDB wire server: its H2 store failed in " + thread.getName()
                + " and is closed; the server stops; restart the platform (data since the last save may be lost)");
        failure.printStackTrace();
        if (wire != null) {
            new Thread(wire::close, "mongo-wire-server-stop").start();
        }
    }

    private MongoWireServer(MongoServer server, int port) {
        this.server = server;
        this.port = port;
    }

    /** In memory: what tests use. */
    public static MongoWireServer start(int port) {
        return start(port, new MemoryBackend());
    }

    /**
     * Kept in an H2 file, so that a local platform's data survives a restart. The backend stores
     * documents in MVStore pages: with MVStore's default 16 MB page cache a national
     * burst (thousands of reports of some 10 KB each) re-reads and deserializes pages for every write
     * and index lookup, and this server became the platform's bottleneck. The cache holds the working
     * set of a deadline day instead. Changed pages are written (serialized again, documents and all) at
     * MVStore's background commits or when its unsaved-change buffer fills: at the default 1 MB a burst
     * filled it many times a second and a report's create, submit and two settling updates were each
     * written on their own. With a 256 MB buffer and a commit every 5 s (MVStore's default is 1 s, when
     * a report was still written two or three times) a page is written once for all the changes of those
     * seconds; if the launcher's JVM is killed, at most the last 5 s of writes are lost (a stop closes the
     * store and writes them), which a local platform can bear. MVStore's background compaction is off:
     * at its default it rewrites the live pages of every chunk whose fill rate falls under 90 %, which a
     * burst of updates causes at once, and serializes their unchanged documents again. Measured per
     * thread in a national burst, the store's saving threads used 3.1 CPU-s with both settings against
     * 4.7 with MVStore's defaults; the file grows instead (333 MB after the burst against 492 MB), and
     * chunks whose pages are all superseded are reused. Documents are
     * stored as BSON rather than Java-serialized, collection sizes are measured only when collStats
     * asks, and unique indexes compare their keys as values ({@link ValueOrderedH2Backend}).
     */
    public static MongoWireServer startPersistent(int port, Path file) {
        AtomicReference<MongoWireServer> started = new AtomicReference<>();
        MVStore store = new MVStore.Builder().fileName(file.toAbsolutePath().toString())
                .cacheSize(PAGE_CACHE_MB).autoCommitBufferSize(UNSAVED_BUFFER_KB).autoCompactFillRate(0)
                .backgroundExceptionHandler((thread, failure) -> storeFailed(thread, failure, started.get())).open();
        store.setAutoCommitDelay(COMMIT_EVERY_MS);
        MongoWireServer wire = start(port, new ValueOrderedH2Backend(store));
        started.set(wire);
        return wire;
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
        if (closed.compareAndSet(false, true)) {
            server.shutdownNow();
        }
    }
}
