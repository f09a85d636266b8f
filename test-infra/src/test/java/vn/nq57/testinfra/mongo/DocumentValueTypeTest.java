package vn.nq57.testinfra.mongo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import de.bwaldvogel.mongo.bson.Document;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import org.h2.mvstore.WriteBuffer;
import org.junit.jupiter.api.Test;

/** How the local MongoDB stand-in stores a collection's documents in MVStore pages. */
class DocumentValueTypeTest {

    private final DocumentValueType type = new DocumentValueType();

    @Test
    void aDocumentIsReadBackAsWrittenAndOtherValuesKeepH2sEncoding() {
        Document report = new Document("_id", "report-57").append("title", "Báo cáo quý IV/2025")
                .append("values", List.of(12, 3.5, "khoảng 40")).append("review", new Document("by", "hp.admin"));
        ByteBuffer written = written(report);
        assertEquals(DocumentValueType.TAG_BSON_DOCUMENT, written.get(0));
        assertEquals(report, type.read(written));
        assertEquals("11446", type.read(written("11446")));
    }

    /** The background save meets documents that an update is changing in place; the store must go on. */
    @Test
    void aDocumentChangedWhileItIsWrittenIsStillWritten() throws InterruptedException {
        Document report = new Document("_id", "report-1");
        for (int i = 0; i < 40; i++) {
            report.put("field-" + i, "giá trị " + i);
        }
        AtomicBoolean running = new AtomicBoolean(true);
        Thread update = new Thread(() -> {
            for (int n = 0; running.get(); n++) {
                report.remove("field-" + n % 40);
                report.put("field-" + n % 40, "giá trị mới " + n);
                LockSupport.parkNanos(20_000); // one update after another, as a collection's lock lets them
            }
        });
        update.start();
        try {
            for (int i = 0; i < 20_000; i++) {
                assertEquals("report-1", ((Document) type.read(written(report))).get("_id"));
            }
        } finally {
            running.set(false);
            update.join();
        }
    }

    private ByteBuffer written(Object value) {
        WriteBuffer buffer = new WriteBuffer();
        type.write(buffer, value);
        ByteBuffer written = buffer.getBuffer();
        written.flip();
        return written;
    }
}
