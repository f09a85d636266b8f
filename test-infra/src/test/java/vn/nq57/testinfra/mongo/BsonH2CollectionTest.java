package vn.nq57.testinfra.mongo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mongodb.client.FindIterable;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.bson.BsonTimestamp;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.Binary;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.nq57.testinfra.MongoWireServer;

/**
 * The persistent store answers every query as the in-memory one does, though it keeps documents as
 * BSON bytes and matches most filters on the few top-level fields they name.
 */
class BsonH2CollectionTest {

    private static final int REPORTS = 120;

    @TempDir
    static Path dir;

    private static MongoWireServer memory;
    private static MongoWireServer persistent;
    private static MongoClient memoryClient;
    private static MongoClient persistentClient;

    @BeforeAll
    static void sameReportsInBothStores() {
        memory = MongoWireServer.start(0);
        persistent = MongoWireServer.startPersistent(0, dir.resolve("reports.h2"));
        memoryClient = MongoClients.create(memory.connectionString());
        persistentClient = MongoClients.create(persistent.connectionString());
        for (MongoClient client : List.of(memoryClient, persistentClient)) {
            for (int i = 0; i < REPORTS; i++) {
                reports(client).insertOne(report(i));
            }
            reports(client).updateMany(Filters.eq("status", "SUBMITTED"), Updates.set("outboxDueAt", new Date(1_000L)));
            reports(client).deleteOne(Filters.eq("_id", "report-13"));
        }
    }

    @AfterAll
    static void close() {
        memoryClient.close();
        persistentClient.close();
        memory.close();
        persistent.close();
    }

    @Test
    void everyFilterFindsWhatTheInMemoryStoreFinds() {
        List<Bson> filters = List.of(
                Filters.empty(),
                Filters.eq("_id", "report-7"),
                Filters.eq("provinceCode", "31"),
                Filters.and(Filters.eq("provinceCode", "31"), Filters.eq("status", "SUBMITTED")),
                Filters.lte("outboxDueAt", new Date(5_000L)),
                Filters.exists("outboxDueAt", false),
                Filters.exists("outbox.0"),
                Filters.or(Filters.eq("unitCode", "10005"), Filters.gt("revision", 3)),
                Filters.nor(Filters.eq("status", "DRAFT"), Filters.eq("provinceCode", "01")),
                Filters.in("unitCode", List.of("10001", "10002", "10100")),
                Filters.all("searchTokens", List.of("bao", "cao")),
                Filters.eq("review.by", "hp.admin"),
                Filters.elemMatch("indicators", Filters.and(Filters.eq("code", "TT_02"), Filters.gte("value", 50))),
                Filters.eq("indicators.code", "TT_03"),
                Filters.regex("title", Pattern.compile("quý iv", Pattern.CASE_INSENSITIVE)),
                Filters.eq("bytes", new Binary(new byte[] {1, 2, 3})),
                Filters.gt("amount", new Decimal128(50)),
                Filters.type("returnedReason", "null"),
                Filters.expr(new Document("$gt", List.of("$revision", 2))));
        for (Bson filter : filters) {
            assertSame(filter.toBsonDocument().toJson(), reports -> reports.find(filter).sort(Sorts.ascending("_id")));
            assertEquals(reports(memoryClient).countDocuments(filter), reports(persistentClient).countDocuments(filter),
                    filter.toBsonDocument().toJson());
        }
    }

    @Test
    void sortsSkipsLimitsAndProjectionsAreAsInMemory() {
        assertSame("sorted by unit, descending", reports -> reports.find(Filters.eq("provinceCode", "31"))
                .sort(Sorts.descending("unitCode")).skip(3).limit(7));
        assertSame("projected", reports -> reports.find(Filters.exists("outboxDueAt"))
                .projection(Projections.include("unitCode", "status")).sort(Sorts.ascending("_id")));
        // The H2 store's natural order is its keys' order (as the stock H2 backend's), not the order of insertion.
        assertEquals(reports(memoryClient).find().sort(Sorts.descending("_id")).limit(5).into(new ArrayList<>()),
                reports(persistentClient).find().sort(new Document("$natural", -1)).limit(5).into(new ArrayList<>()));
    }

    @Test
    void updatesAndDeletesByAScanChangeTheSameDocuments() {
        for (MongoClient client : List.of(memoryClient, persistentClient)) {
            MongoCollection<Document> reports = client.getDatabase("scan").getCollection("reports");
            for (int i = 0; i < 30; i++) {
                reports.insertOne(report(i));
            }
            assertEquals(10, reports.updateMany(Filters.eq("provinceCode", "31"), Updates.inc("revision", 10))
                    .getModifiedCount());
            assertEquals(10, reports.deleteMany(Filters.eq("provinceCode", "01")).getDeletedCount());
            assertEquals(20, reports.countDocuments());
        }
        Function<MongoClient, List<Document>> all = client -> client.getDatabase("scan").getCollection("reports").find()
                .sort(Sorts.ascending("_id")).into(new ArrayList<>());
        assertEquals(all.apply(memoryClient), all.apply(persistentClient));
    }

    @Test
    void collStatsCountsTheStoredBson() {
        Document stats = persistentClient.getDatabase("submission").runCommand(new Document("collStats", "reports"));
        assertEquals(REPORTS - 1, stats.getInteger("count"));
        assertTrue(((Number) stats.get("size")).longValue() > 300L * (REPORTS - 1), stats.toJson());
    }

    private static void assertSame(String what, Function<MongoCollection<Document>, FindIterable<Document>> query) {
        List<Document> expected = query.apply(reports(memoryClient)).into(new ArrayList<>());
        List<Document> actual = query.apply(reports(persistentClient)).into(new ArrayList<>());
        assertEquals(expected, actual, what);
    }

    private static MongoCollection<Document> reports(MongoClient client) {
        return client.getDatabase("submission").getCollection("reports");
    }

    /** Reports of three provinces, with every BSON type the filters above step over or read. */
    private static Document report(int i) {
        List<Document> indicators = new ArrayList<>();
        for (int n = 1; n <= 4; n++) {
            indicators.add(new Document("code", "TT_0" + n).append("value", (i * n) % 97).append("note", "Chỉ tiêu " + n));
        }
        return new Document("_id", "report-" + i)
                .append("pattern", Pattern.compile("^bao" + i, Pattern.CASE_INSENSITIVE))
                .append("stamp", new BsonTimestamp(1_764_547_200, i))
                .append("provinceCode", List.of("31", "01", "79").get(i % 3))
                .append("unitCode", String.valueOf(10_000 + i))
                .append("status", i % 4 == 0 ? "DRAFT" : "SUBMITTED")
                .append("revision", i % 6)
                .append("title", i % 5 == 0 ? "Báo cáo Quý IV/2025" : "Báo cáo tháng " + (i % 12 + 1))
                .append("searchTokens", i % 2 == 0 ? List.of("bao", "cao", "quy") : List.of("bao", "thang"))
                .append("review", i % 3 == 0 ? new Document("by", "hp.admin").append("at", new Date(i * 1_000L)) : null)
                .append("returnedReason", i % 7 == 0 ? "Thiếu số liệu" : null)
                .append("indicators", indicators)
                .append("outbox", i % 5 == 1 ? List.of(new Document("id", "evt-" + i)) : List.of())
                .append("bytes", new Binary(i % 10 == 0 ? new byte[] {1, 2, 3} : new byte[] {4}))
                .append("attachmentId", new ObjectId(new Date(1_764_547_200_000L + i), i))
                .append("amount", new Decimal128(i))
                .append("weight", i / 3.0)
                .append("large", 12_345_678_901L + i)
                .append("late", i % 2 == 0)
                .append("labels", Map.of("vi", "Đơn vị " + i));
    }
}
