package vn.nq57.submission.importing;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.nq57.submission.report.ReportView;

/** OpenAPI shape of an import's answer: the report view with the {@code extraction} block beside it. */
@Schema(name = "ImportedReport", allOf = {ReportView.class, ImportedReport.ExtractionBlock.class})
public interface ImportedReport {

    /** What an import adds to the report view. */
    @Schema(name = "ImportExtractionBlock")
    record ExtractionBlock(ExtractionView extraction) {
    }
}
