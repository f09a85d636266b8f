package vn.nq57.plan.plan;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/** The plan that replaces this one. */
public record SupersedeRequest(@NotNull UUID supersededByPlanId) {
}
