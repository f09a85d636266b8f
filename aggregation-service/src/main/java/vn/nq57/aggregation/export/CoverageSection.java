package vn.nq57.aggregation.export;

import static vn.nq57.aggregation.export.DocxParts.body;
import static vn.nq57.aggregation.export.DocxParts.heading;
import static vn.nq57.aggregation.export.DocxParts.subheading;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import vn.nq57.aggregation.coverage.PlanCoverage;
import vn.nq57.aggregation.format.VietnameseFormat;
import vn.nq57.aggregation.round.Rates;
import vn.nq57.aggregation.round.StatusRow;
import vn.nq57.contracts.events.UnitType;

/**
 * VI. Ban hành kế hoạch và gửi báo cáo: plan-service's plan coverage (which units issued their own plan, its
 * number and date), then the delivery of the reports (rates, by unit type, late units) and the units that did
 * not report.
 */
final class CoverageSection {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private CoverageSection() {
    }

    static void write(XWPFDocument doc, ConsolidatedReport report) {
        heading(doc, "VI. TÌNH HÌNH BAN HÀNH KẾ HOẠCH VÀ GỬI BÁO CÁO");
        plans(doc, report);
        delivery(doc, report);
        missing(doc, report.data());
    }

    private static void plans(XWPFDocument doc, ConsolidatedReport report) {
        PlanCoverage coverage = report.coverage().coverage();
        if (coverage == null) {
            subheading(doc, "1. Ban hành kế hoạch của các đơn vị");
            body(doc, "Chưa có số liệu ban hành kế hoạch của các đơn vị: " + report.coverage().unavailable() + ".");
            return;
        }
        subheading(doc, "1. Ban hành kế hoạch thực hiện Kế hoạch số " + coverage.numberSymbol());
        body(doc, coverage.issuedCount() + "/" + coverage.totalUnits() + " đơn vị đã ban hành kế hoạch của đơn vị"
                + (coverage.issued().isEmpty() ? "." : ":"));
        for (PlanCoverage.Issued issued : coverage.issued()) {
            body(doc, "- " + issued.unitName() + ": Kế hoạch số " + issued.numberSymbol()
                    + (issued.issuedOn() == null ? "" : " ngày " + issued.issuedOn().format(DATE)) + ".");
        }
        if (coverage.notIssuedCount() > 0) {
            body(doc, coverage.notIssuedCount() + " đơn vị chưa ban hành" + (coverage.draftingCount() > 0
                    ? " (" + coverage.draftingCount() + " đơn vị đang dự thảo)" : "") + ": " + coverage.notIssued()
                            .stream().map(u -> u.unitName() + (u.draftPlanId() != null ? " (đang dự thảo)" : ""))
                            .collect(Collectors.joining(", ")) + ".");
        }
    }

    private static void delivery(XWPFDocument doc, ConsolidatedReport report) {
        ExportData data = report.data();
        subheading(doc, "2. Tình hình gửi báo cáo");
        Rates overall = data.matrix().overall();
        body(doc, "Tính đến " + VietnameseFormat.dateTime(report.now()) + ", hạn gửi báo cáo "
                + VietnameseFormat.dateTime(data.matrix().dueAt()) + ": " + overall.submitted() + "/"
                + overall.required() + " đơn vị đã gửi báo cáo, tỷ lệ đầy đủ "
                + VietnameseFormat.number(overall.completeness()) + "%; " + overall.onTime()
                + " đơn vị gửi đúng hạn, tỷ lệ đúng hạn " + VietnameseFormat.number(overall.timeliness()) + "%.");
        data.matrix().byUnitType().forEach((type, rates) -> {
            if (rates.required() > 0) {
                String label = "UNKNOWN".equals(type) ? "Chưa rõ loại"
                        : VietnameseFormat.unitType(UnitType.valueOf(type));
                body(doc, "- " + label + ": " + rates.submitted() + "/" + rates.required() + " đơn vị đã gửi ("
                        + VietnameseFormat.number(rates.completeness()) + "%), đúng hạn " + rates.onTime() + " ("
                        + VietnameseFormat.number(rates.timeliness()) + "%).");
            }
        });
        List<StatusRow> late = data.matrix().units().stream().filter(r -> Boolean.TRUE.equals(r.late())).toList();
        body(doc, "Đơn vị gửi muộn: " + (late.isEmpty() ? "không có." : late.stream()
                .map(r -> r.unitName() + " (gửi lúc " + VietnameseFormat.dateTime(r.firstSubmittedAt()) + ")")
                .collect(Collectors.joining("; ")) + "."));
    }

    private static void missing(XWPFDocument doc, ExportData data) {
        subheading(doc, "3. Đơn vị chưa gửi báo cáo");
        List<StatusRow> missing = data.matrix().units().stream().filter(r -> !r.status().submitted()).toList();
        if (missing.isEmpty()) {
            body(doc, "Tất cả các đơn vị đã gửi báo cáo.");
            return;
        }
        body(doc, "Có " + missing.size() + "/" + data.matrix().units().size() + " đơn vị chưa gửi báo cáo:");
        for (StatusRow row : missing) {
            body(doc, "- " + row.unitName() + " (" + row.status().label().toLowerCase() + ").");
        }
    }
}
