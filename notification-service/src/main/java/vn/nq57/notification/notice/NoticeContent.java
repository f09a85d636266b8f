package vn.nq57.notification.notice;

import vn.nq57.notification.shared.NoticeKind;
import io.quarkus.qute.TemplateData;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Everything a notice says, before rendering.
 *
 * @param label           the schedule label ({@code D7}, {@code DUE_DAY}, ...), null for immediate notices
 * @param deadline        the deadline concerned (the resubmission deadline for a returned report)
 * @param comment         the reviewer's comment (returned, accepted)
 * @param sectionComments reviewer comments per outline section (returned)
 * @param lateUnits       the late units of an escalation digest
 */
@TemplateData
public record NoticeContent(
        NoticeKind kind,
        String label,
        UUID roundId,
        String roundTitle,
        String requestNumber,
        String unitCode,
        String unitName,
        String province,
        Instant deadline,
        String comment,
        Map<String, String> sectionComments,
        List<LateUnit> lateUnits) {

    /** A unit that has not reported, in a digest. */
    @TemplateData
    public record LateUnit(String code, String name, String status) {
    }

    public boolean resubmission() {
        return label != null && label.startsWith("R");
    }

    public boolean dueDay() {
        return label != null && label.endsWith("DUE_DAY");
    }

    /** Days left for a {@code D<n>} reminder, 0 otherwise. */
    public int daysLeft() {
        if (label == null) {
            return 0;
        }
        String digits = label.replaceAll("\\D", "");
        return digits.isEmpty() ? 0 : Integer.parseInt(digits);
    }
}
