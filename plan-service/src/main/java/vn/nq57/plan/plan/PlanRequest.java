package vn.nq57.plan.plan;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.nq57.plan.plan.PlanParts.Assignment;
import vn.nq57.plan.plan.PlanParts.ChannelUse;
import vn.nq57.plan.plan.PlanParts.ContentTheme;
import vn.nq57.plan.plan.PlanParts.LegalBasis;
import vn.nq57.plan.plan.PlanParts.Signer;

/**
 * The content of a draft plan (Kế hoạch). The number and date are fixed when it is issued.
 *
 * @param unitCode     the issuing unit
 * @param title        trích yếu
 * @param place        where it is issued ("An Hưng")
 * @param year         the year it covers, or use periodFrom/periodTo
 * @param parentPlanId the city plan this unit plan implements
 */
public record PlanRequest(
        @NotBlank @Size(max = 5) String unitCode,
        @NotBlank @Size(max = 2000) String title,
        @Size(max = 200) String place,
        @Min(2000) @Max(2100) Integer year,
        LocalDate periodFrom,
        LocalDate periodTo,
        UUID parentPlanId,
        List<@Valid @NotNull LegalBasis> legalBases,
        List<@NotBlank String> purposes,
        List<@NotBlank String> requirements,
        List<@Valid @NotNull ContentTheme> contentThemes,
        List<@Valid @NotNull ChannelUse> channels,
        @Size(max = 4000) String budgetSource,
        List<@Valid @NotNull Assignment> assignments,
        List<@NotBlank String> recipients,
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
