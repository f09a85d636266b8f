package vn.nq57.notification.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.nq57.notification.dispatch.Outcome;
import vn.nq57.notification.endpoint.WebhookSignature;
import vn.nq57.notification.notice.NoticeContent;
import vn.nq57.notification.shared.NoticeKind;
import vn.nq57.notification.support.Times;

/** The small pure rules of notices, deliveries and signatures. */
class NoticeRulesTest {

    private static NoticeContent reminder(String label) {
        return new NoticeContent(NoticeKind.REMINDER, label, null, null, null, null, null, null, null, null, Map.of(),
                List.of());
    }

    @Test
    void theLabelSaysDaysLeftResubmissionAndDueDay() {
        assertEquals(7, reminder("D7").daysLeft());
        assertEquals(3, reminder("RD3").daysLeft());
        assertEquals(0, reminder("DUE_DAY").daysLeft());
        assertEquals(0, reminder(null).daysLeft());
        assertTrue(reminder("RD1").resubmission());
        assertFalse(reminder("D1").resubmission());
        assertTrue(reminder("RDUE_DAY").dueDay());
        assertFalse(reminder("D1").dueDay());
    }

    @Test
    void aFailedTryKeepsABoundedErrorAndNeverANullOne() {
        assertEquals("unknown error", Outcome.failed(500, null).error());
        assertEquals(1900, Outcome.failed(null, "x".repeat(5000)).error().length());
        assertTrue(Outcome.ok(204).sent());
        assertFalse(Outcome.failed(404, "HTTP 404").sent());
    }

    @Test
    void theSignatureIsTheHmacOfTimestampDotBody() {
        // HMAC-SHA256("whsec_test", "1700000000.{}"), computed independently with openssl.
        String header = WebhookSignature.header("whsec_test", 1700000000L, "{}");
        assertEquals("t=1700000000,v1=35495024f4ef3f94e5a93e22221544c4b75e9a42300cd965ab81cb85cd994e91", header);
        assertFalse(header.equals(WebhookSignature.header("another", 1700000000L, "{}")));
    }

    @Test
    void documentsShowVietnameseDatesAndInstantsOutsidePostgresqlAreRefused() {
        assertEquals("11/03/2026 17:00", Times.document(Instant.parse("2026-03-11T10:00:00Z")));
        assertEquals("", Times.document(null));
        assertEquals("+07:00", Times.local(Instant.parse("2026-03-11T10:00:00Z")).getOffset().getId());
        assertThrows(IllegalArgumentException.class, () -> Times.storable("dueAt", Instant.parse("+300000-01-01T00:00:00Z")));
        assertEquals(Instant.EPOCH, Times.storable("dueAt", Instant.EPOCH));
    }
}
