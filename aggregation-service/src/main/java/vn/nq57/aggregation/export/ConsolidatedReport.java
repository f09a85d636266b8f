package vn.nq57.aggregation.export;

import java.time.OffsetDateTime;
import vn.nq57.aggregation.coverage.CoverageAnswer;
import vn.nq57.aggregation.narrative.Narrative;

/**
 * Everything the consolidated report (báo cáo tổng hợp) shows: the round's figures and notes, what the units
 * wrote, and plan-service's plan coverage.
 *
 * @param now when the report is drawn up, in Asia/Ho_Chi_Minh
 */
public record ConsolidatedReport(ExportData data, Narrative narrative, CoverageAnswer coverage, OffsetDateTime now) {
}
