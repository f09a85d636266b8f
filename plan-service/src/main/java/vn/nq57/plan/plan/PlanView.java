package vn.nq57.plan.plan;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import vn.nq57.contracts.events.PlanStatus;
import vn.nq57.plan.plan.PlanParts.Assignment;
import vn.nq57.plan.plan.PlanParts.ChannelUse;
import vn.nq57.plan.plan.PlanParts.ContentTheme;
import vn.nq57.plan.plan.PlanParts.LegalBasis;
import vn.nq57.plan.plan.PlanParts.Signer;

/** A plan version as the API shows it; {@code id} is the plan id shared by all its versions. */
public record PlanView(
        UUID id,
        int versionNumber,
        Integer replacesVersion,
        PlanStatus status,
        String unitCode,
        String numberSymbol,
        String place,
        LocalDate issuedOn,
        String title,
        Integer year,
        LocalDate periodFrom,
        LocalDate periodTo,
        UUID parentPlanId,
        UUID supersededByPlanId,
        List<LegalBasis> legalBases,
        List<String> purposes,
        List<String> requirements,
        List<ContentTheme> contentThemes,
        List<ChannelUse> channels,
        String budgetSource,
        List<Assignment> assignments,
        List<String> recipients,
        Signer signer,
        long revision,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    static PlanView of(PlanVersion v, PlanParts.Content c) {
        return new PlanView(v.planId, v.versionNumber, v.replacesVersion, v.status, v.unitCode, v.numberSymbol, v.place,
                v.issuedOn, v.title, v.year, v.periodFrom, v.periodTo, v.parentPlanId, v.supersededByPlanId,
                c.legalBases(), c.purposes(), c.requirements(), c.contentThemes(), c.channels(), c.budgetSource(),
                c.assignments(), c.recipients(), c.signer(), v.revision, v.createdAt, v.updatedAt);
    }
}
