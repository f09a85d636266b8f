package vn.nq57.submission.support;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.mongodb.MongoClientSettings;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.codecs.Codec;
import org.bson.codecs.DecoderContext;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;
import org.junit.jupiter.api.Test;
import vn.nq57.contracts.events.EventCodec;
import vn.nq57.contracts.events.IndicatorValue;
import vn.nq57.contracts.events.ReportStatus;
import vn.nq57.submission.report.AttachmentRef;
import vn.nq57.submission.report.AuditEntry;
import vn.nq57.submission.report.ReportContent;
import vn.nq57.submission.report.ReportEntity;
import vn.nq57.submission.report.ReportHeader;
import vn.nq57.submission.report.ReportVersion;
import vn.nq57.submission.report.Review;
import vn.nq57.submission.report.SectionComment;
import vn.nq57.submission.report.SectionText;

/**
 * A stored record is written as the BSON its JSON text parsed by MongoDB's reader gave, and reads back
 * through the direct mapping exactly as it did through JSON text.
 */
class DocumentsTest {

    private static final Codec<Document> CODEC = MongoClientSettings.getDefaultCodecRegistry().get(Document.class);
    /** Within {@code @Quantity}: 0 to 10^15, at most 4 decimals. */
    private static final List<String> NUMBERS = List.of("1.5", "1.50", "100", "0.1", "1E+3", "12345678901", "0",
            "3.25", "99.999", "1000000000000000", "0.0001", "123456789012.3456", "2147483647", "2147483648");
    private static final OffsetDateTime AT = OffsetDateTime.of(2025, 12, 3, 16, 45, 0, 0, ZoneOffset.ofHours(7));

    private static ReportEntity report() {
        List<IndicatorValue> values = new ArrayList<>();
        for (String n : NUMBERS) {
            values.add(new IndicatorValue("C" + values.size(), null, new BigDecimal(n), null, null, new BigDecimal(n),
                    BigDecimal.ONE, "Tỷ lệ hồ sơ trực tuyến", null, values.size() % 2 == 0 ? Boolean.TRUE : null));
        }
        ReportContent content = new ReportContent(
                new ReportHeader("311/BC-UBND", "Phù Liễn", LocalDate.of(2025, 12, 3),
                        List.of("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"), "Nguyễn Văn A", List.of("Sở KH&CN", "Lưu: VT")),
                List.of(new SectionText("I.2.1", "Duy trì phát sóng trên 71 cụm loa truyền thanh số \"có dây\".\n")),
                values, List.of(), List.of(), List.of());
        AttachmentRef file = new AttachmentRef("a1", "bao-cao.pdf", "application/pdf", 123_456L, "REPORT", AT, "u1");
        return new ReportEntity(UUID.randomUUID(), UUID.randomUUID(), "11311", "31", ReportStatus.RETURNED, content,
                List.of(new ReportVersion(1, ReportStatus.SUBMITTED, AT, "officer-11311", false, AT.plusDays(7), content,
                        List.of(file), false)),
                List.of(file), new Review(1, "staff", AT, "Bổ sung số liệu", List.of(new SectionComment("I.2.1", "Thiếu")),
                        AT.plusDays(3)),
                List.of(new AuditEntry(AT, "officer-11311", "SUBMIT", ReportStatus.DRAFT, ReportStatus.SUBMITTED, 1, null)),
                AT, "officer-11311", 4);
    }

    private static byte[] bson(Document document) {
        ByteBuffer buffer = new RawBsonDocument(document, CODEC).getByteBuffer().asNIO();
        byte[] bytes = new byte[buffer.remaining()];
        buffer.get(bytes);
        return bytes;
    }

    @Test
    void aRecordIsWrittenAsTheBsonOfItsParsedJsonText() {
        ReportEntity report = report();
        assertArrayEquals(bson(Document.parse(EventCodec.toJson(report))), bson(Documents.of(report)));
    }

    @Test
    void fieldsLeftOutAreNotWrittenAndTheOthersAreAsBefore() {
        ReportEntity report = report();
        Document full = Documents.of(report);
        Document partial = Documents.of(report, name -> name.equals("draft") || name.equals("versions"));
        full.remove("draft");
        full.remove("versions");
        assertEquals(new ArrayList<>(full.keySet()), new ArrayList<>(partial.keySet()));
        assertArrayEquals(bson(full), bson(partial));
    }

    @Test
    void numbersDatesAndTextReadAsTheJsonTextPathReadThem() throws Exception {
        ReportEntity report = report();
        Document written = Documents.of(report).append("outboxDueAt", new Date())
                .append("outbox", List.of(new Document("id", "e1").append("attempts", 0)))
                .append("searchTokens", List.of("ty", "le"));
        // as the driver hands it back
        Document stored = CODEC.decode(new RawBsonDocument(written, CODEC).asBsonReader(), DecoderContext.builder().build());

        ReportEntity direct = Documents.read(stored, ReportEntity.class);
        ReportEntity throughText = EventCodec.mapper().readValue(
                stored.toJson(JsonWriterSettings.builder().outputMode(JsonMode.RELAXED).build()), ReportEntity.class);

        assertEquals(throughText, direct);
        assertEquals(report.createdAt(), direct.createdAt());
        assertEquals(0, new BigDecimal("1000").compareTo(direct.draft().indicators().get(4).value()));
        assertEquals("Tỷ lệ hồ sơ trực tuyến", direct.draft().indicators().get(0).text());
        assertEquals(Arrays.asList(report.versions().get(0).content().sections().get(0).text()),
                Arrays.asList(direct.versions().get(0).content().sections().get(0).text()));
    }
}
