package vn.nq57.testinfra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import java.io.IOException;
import java.net.ConnectException;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MongoWireServerTest {

    @TempDir
    Path dir;

    /**
     * A store that failed in the background stops the server: clients are refused at once instead of
     * hanging. The platform's own stop closes it again afterwards, which is harmless.
     */
    @Test
    void aStoreThatFailedStopsTheServerSoThatClientsAreRefusedAtOnce() throws Exception {
        MongoWireServer wire = MongoWireServer.startPersistent(0, dir.resolve("failing.h2"));
        String url = wire.connectionString();
        int port = Integer.parseInt(url.substring(url.lastIndexOf(':') + 1));
        try (MongoClient client = MongoClients.create(url)) {
            MongoCollection<Document> reports = client.getDatabase("submission").getCollection("reports");
            reports.insertOne(new Document("_id", "r1"));
            assertEquals(1, reports.countDocuments());
        }
        new Socket("127.0.0.1", port).close();

        MongoWireServer.storeFailed(Thread.currentThread(), new IllegalStateException("disk full"), wire);

        assertRefusedWithin(port, Duration.ofSeconds(10));
        wire.close();
    }

    private static void assertRefusedWithin(int port, Duration limit) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            try (Socket accepted = new Socket("127.0.0.1", port)) {
                Thread.sleep(50);
            } catch (ConnectException refused) {
                return;
            }
        }
        fail("port " + port + " still accepts connections " + limit.toSeconds() + " s after the store failed");
    }
}
