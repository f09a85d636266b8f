package vn.nq57.testinfra.mongo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.nio.file.Path;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.types.ObjectId;
import org.bson.codecs.DocumentCodec;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.nq57.testinfra.MongoWireServer;

/** The local platform's MongoDB store: unique indexes ordered by value, and stores written before carried over. */
class ValueOrderedH2BackendTest {

    private static final int REPORTS = 300;
    private static final UUID ROUND = UUID.fromString("6f1c2a4e-0000-4000-8000-000000000057");

    @TempDir
    Path dir;

    @Test
    void keysOrderByTheirValuesFieldByField() {
        assertEquals(0, KeyValueType.compare(new KeyValue(1), new KeyValue(1L)), "MongoDB's numbers compare by value");
        assertEquals(0, KeyValueType.compare(new KeyValue(ROUND, "11446"), new KeyValue(ROUND, "11446")));
        assertTrue(KeyValueType.compare(new KeyValue("r-10"), new KeyValue("r-9")) < 0, "strings in code-point order");
        assertTrue(KeyValueType.compare(new KeyValue(ROUND, "11446"), new KeyValue(ROUND, "11447")) < 0);
        assertTrue(KeyValueType.compare(new KeyValue(2), new KeyValue("1")) < 0, "numbers before strings");
        assertTrue(KeyValueType.compare(new KeyValue(ROUND), new KeyValue(ROUND, "x")) < 0);
    }

    @Test
    void aStoreTheStockBackendWroteIsCarriedOverAndKeepsRefusingDuplicates() {
        Path file = dir.resolve("mongo.h2");
        MongoServer stock = new MongoServer(new H2Backend(new MVStore.Builder().fileName(file.toString()).open()));
        try (MongoClient client = MongoClients.create("mongodb://" + address(stock.bind()))) {
            MongoCollection<Document> reports = reports(client);
            reports.createIndex(Indexes.ascending("roundId", "unitCode"), new IndexOptions().unique(true));
            for (int i = 0; i < REPORTS; i++) {
                reports.insertOne(report(i));
            }
        } finally {
            stock.shutdownNow();
        }

        for (int restart = 0; restart < 2; restart++) {
            MongoWireServer server = MongoWireServer.startPersistent(0, file);
            try (MongoClient client = MongoClients.create(server.connectionString())) {
                assertEveryReportFoundAndDuplicatesRefused(reports(client));
            } finally {
                server.close();
            }
        }
        MongoWireServer server = MongoWireServer.startPersistent(0, file);
        try (MongoClient client = MongoClients.create(server.connectionString())) {
            MongoCollection<Document> reports = reports(client);
            reports.drop();
            reports.createIndex(Indexes.ascending("roundId", "unitCode"), new IndexOptions().unique(true));
            reports.insertOne(report(7));
            assertEquals(1, reports.countDocuments(), "a dropped collection's indexes went with it");
        } finally {
            server.close();
        }
        MVStore store = new MVStore.Builder().fileName(file.toString()).readOnly().open();
        try {
            Set<String> maps = store.getMapNames();
            assertTrue(maps.stream().anyMatch(name -> name.endsWith("._index__id_.by-value")), maps.toString());
            assertFalse(maps.stream().anyMatch(name -> name.endsWith("._index__id_")), "the stock maps are removed: " + maps);
        } finally {
            store.close();
        }
    }

    @Test
    void documentsAreStoredAsBsonAndReadBackAsWrittenAfterARestart() {
        Path file = dir.resolve("bson.h2");
        Document report = new Document("_id", "report-57").append("title", "Báo cáo kết quả thực hiện Nghị quyết 57-NQ/TW")
                .append("revision", 3).append("bytes", 12_345_678_901L).append("rate", 98.39).append("late", false)
                .append("returnedReason", null).append("submittedAt", new Date(1_764_547_200_000L))
                .append("attachmentId", new ObjectId("65a1b2c3d4e5f60718293a4b"))
                .append("indicators", List.of(new Document("code", "TT_01").append("value", 12),
                        new Document("code", "TT_02").append("range", List.of(5, 8))));
        MongoWireServer server = MongoWireServer.startPersistent(0, file);
        try (MongoClient client = MongoClients.create(server.connectionString())) {
            reports(client).insertOne(report);
            reports(client).updateOne(Filters.eq("_id", "report-57"), Updates.inc("revision", 1));
        } finally {
            server.close();
        }
        report.put("revision", 4);
        server = MongoWireServer.startPersistent(0, file);
        try (MongoClient client = MongoClients.create(server.connectionString())) {
            assertEquals(report, reports(client).find(Filters.eq("_id", "report-57")).first());
        } finally {
            server.close();
        }
        MVStore store = new MVStore.Builder().fileName(file.toString()).readOnly().open();
        try {
            MVStoreException unreadable = assertThrows(MVStoreException.class,
                    () -> store.openMap("databases.submission.reports").get("report-57"),
                    "H2's object type does not know the BSON tag");
            assertTrue(unreadable.getMessage().contains("Unknown tag"), unreadable.getMessage());
        } finally {
            store.close();
        }
    }

    @Test
    void collStatsMeasuresTheDocumentsAsTheyAreNow() {
        MongoWireServer server = MongoWireServer.startPersistent(0, dir.resolve("sizes.h2"));
        try (MongoClient client = MongoClients.create(server.connectionString())) {
            MongoCollection<Document> reports = reports(client);
            for (int i = 0; i < 20; i++) {
                reports.insertOne(report(i));
            }
            reports.updateOne(Filters.eq("_id", "report-3"), Updates.set("note", "Đã bổ sung số liệu quý IV"));
            reports.deleteOne(Filters.eq("_id", "report-4"));
            long expected = 0;
            for (Document report : reports.find()) {
                expected += new RawBsonDocument(report, new DocumentCodec()).getByteBuffer().remaining();
            }
            Document stats = client.getDatabase("submission").runCommand(new Document("collStats", "reports"));
            assertEquals(19, stats.getInteger("count"));
            assertEquals(expected, ((Number) stats.get("size")).longValue());
        } finally {
            server.close();
        }
    }

    private static void assertEveryReportFoundAndDuplicatesRefused(MongoCollection<Document> reports) {
        for (int i = 0; i < REPORTS; i++) {
            assertEquals(unit(i), reports.find(Filters.eq("_id", "report-" + i)).first().getString("unitCode"));
        }
        assertEquals(1, reports.updateOne(Filters.eq("_id", "report-7"), Updates.inc("revision", 1)).getModifiedCount());
        assertDuplicate(() -> reports.insertOne(report(7)));
        assertDuplicate(() -> reports.insertOne(report(7).append("_id", "report-new")));
        assertEquals(REPORTS, reports.countDocuments());
    }

    private static void assertDuplicate(Runnable insert) {
        MongoWriteException refused = assertThrows(MongoWriteException.class, insert::run);
        assertEquals(ErrorCategory.DUPLICATE_KEY, refused.getError().getCategory());
    }

    private static MongoCollection<Document> reports(MongoClient client) {
        return client.getDatabase("submission").getCollection("reports");
    }

    private static Document report(int i) {
        return new Document("_id", "report-" + i).append("roundId", ROUND.toString()).append("unitCode", unit(i))
                .append("revision", 1);
    }

    private static String unit(int i) {
        return String.valueOf(10_000 + i);
    }

    private static String address(java.net.InetSocketAddress address) {
        return address.getHostString() + ":" + address.getPort();
    }
}
