package vn.nq57.submission.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.bson.Document;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;
import org.junit.jupiter.api.Test;
import vn.nq57.contracts.events.EventCodec;
import vn.nq57.contracts.events.IndicatorValue;
import vn.nq57.contracts.events.ReportStatus;
import vn.nq57.submission.report.ReportContent;
import vn.nq57.submission.report.ReportEntity;

/** A stored report reads back through the direct mapping exactly as it did through JSON text. */
class DocumentsTest {

    /** Within {@code @Quantity}: 0 to 10^15, at most 4 decimals. */
    private static final List<String> NUMBERS = List.of("1.5", "1.50", "100", "0.1", "1E+3", "12345678901", "0",
            "3.25", "99.999", "1000000000000000", "0.0001", "123456789012.3456");

    @Test
    void numbersDatesAndTextReadAsTheJsonTextPathReadThem() throws Exception {
        List<IndicatorValue> values = new ArrayList<>();
        for (String n : NUMBERS) {
            values.add(new IndicatorValue("C" + values.size(), null, new BigDecimal(n), null, null, new BigDecimal(n),
                    BigDecimal.ONE, "Tỷ lệ hồ sơ trực tuyến", null, null));
        }
        ReportContent content = new ReportContent(null, List.of(), values, List.of(), List.of(), List.of());
        ReportEntity report = new ReportEntity(UUID.randomUUID(), UUID.randomUUID(), "11311", "31", ReportStatus.DRAFT,
                content, List.of(), List.of(), null, List.of(),
                OffsetDateTime.of(2025, 12, 3, 16, 45, 0, 0, ZoneOffset.ofHours(7)), "officer-11311", 4);
        // what a stored report also holds beside the record: a BSON date, pending events, search words
        Document stored = Documents.of(report).append("outboxDueAt", new Date())
                .append("outbox", List.of(new Document("id", "e1").append("attempts", 0)))
                .append("searchTokens", List.of("ty", "le"));

        ReportEntity direct = Documents.read(stored, ReportEntity.class);
        ReportEntity throughText = EventCodec.mapper().readValue(
                stored.toJson(JsonWriterSettings.builder().outputMode(JsonMode.RELAXED).build()), ReportEntity.class);

        assertEquals(throughText, direct);
        assertEquals(report.createdAt(), direct.createdAt());
        assertEquals(0, new BigDecimal("1000").compareTo(direct.draft().indicators().get(4).value()));
        assertEquals("Tỷ lệ hồ sơ trực tuyến", direct.draft().indicators().get(0).text());
    }
}
