package vn.nq57.plan.plan;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.nq57.contracts.validation.PlainText;
import vn.nq57.plan.common.DateWindow;
import vn.nq57.plan.plan.PlanParts.Assignment;
import vn.nq57.plan.plan.PlanParts.ChannelUse;
import vn.nq57.plan.plan.PlanParts.ContentTheme;
import vn.nq57.plan.plan.PlanParts.LegalBasis;
import vn.nq57.plan.plan.PlanParts.Signer;

/**
 * The content of a draft plan (Kế hoạch). The number and date are fixed when it is issued. Every
 * string and list is bounded (see {@link PlanParts} for the limits).
 *
 * @param unitCode     the issuing unit
 * @param title        trích yếu
 * @param place        where it is issued ("An Hưng")
 * @param year         the year it covers, or use periodFrom/periodTo
 * @param parentPlanId the city plan this unit plan implements
 */
public record PlanRequest(
        @NotBlank @Pattern(regexp = "\\d{2}|\\d{5}", message = "must be a unit code of 2 or 5 digits") String unitCode,
        @NotBlank @Size(max = 2000) @PlainText String title,
        @Size(max = 200) @PlainText String place,
        @Min(2000) @Max(2100) Integer year,
        @DateWindow LocalDate periodFrom,
        @DateWindow LocalDate periodTo,
        UUID parentPlanId,
        @Size(max = PlanParts.MAX_ITEMS) List<@Valid @NotNull LegalBasis> legalBases,
        @Size(max = PlanParts.MAX_ITEMS) List<@NotBlank @Size(max = PlanParts.MAX_TEXT) @PlainText String> purposes,
        @Size(max = PlanParts.MAX_ITEMS) List<@NotBlank @Size(max = PlanParts.MAX_TEXT) @PlainText String> requirements,
        @Size(max = PlanParts.MAX_ITEMS) List<@Valid @NotNull ContentTheme> contentThemes,
        @Size(max = PlanParts.MAX_ITEMS) List<@Valid @NotNull ChannelUse> channels,
        @Size(max = PlanParts.MAX_TEXT) @PlainText String budgetSource,
        @Size(max = PlanParts.MAX_ITEMS) List<@Valid @NotNull Assignment> assignments,
        @Size(max = PlanParts.MAX_ITEMS) List<@NotBlank @Size(max = 300) @PlainText String> recipients,
        @Valid Signer signer) {

    PlanParts.Content content() {
        return new PlanParts.Content(orEmpty(legalBases), orEmpty(purposes), orEmpty(requirements),
                orEmpty(contentThemes), orEmpty(channels), budgetSource, orEmpty(assignments), orEmpty(recipients),
                signer);
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
