package vn.nq57.contracts.events;

import jakarta.validation.constraints.Size;
import vn.nq57.contracts.validation.PlainText;

/**
 * A difficulty (khó khăn) or cause (nguyên nhân) written in a report.
 *
 * @param theme optional theme code chosen by the unit (e.g. STAFFING, FUNDING, INFRASTRUCTURE)
 */
public record ReportNote(@Size(max = 4000) @PlainText String text, @Size(max = 64) @PlainText String theme) {
}
