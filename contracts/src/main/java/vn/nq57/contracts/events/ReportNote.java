package vn.nq57.contracts.events;

/**
 * A difficulty (khó khăn) or cause (nguyên nhân) written in a report.
 *
 * @param theme optional theme code chosen by the unit (e.g. STAFFING, FUNDING, INFRASTRUCTURE)
 */
public record ReportNote(String text, String theme) {
}
