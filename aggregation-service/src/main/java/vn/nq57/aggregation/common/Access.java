package vn.nq57.aggregation.common;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import vn.nq57.contracts.problem.ProblemException;
import vn.nq57.contracts.security.Caller;
import vn.nq57.contracts.security.Roles;

/**
 * Who may read what. City roles and integrations read every unit of their province; a unit
 * officer reads only their own unit's row and values (no city totals, no exports). A city or
 * integration token without {@code province_code} reads nothing.
 */
@RequestScoped
public class Access {

    @Inject
    SecurityIdentity identity;

    private Caller caller;

    @PostConstruct
    void resolve() {
        caller = Caller.of(identity);
    }

    /** Whether the caller sees the whole province (city roles, integration) of a round or plan. */
    public boolean seesProvince(String provinceCode) {
        return (caller.isCity() || caller.isIntegration()) && caller.coversProvince(provinceCode);
    }

    /**
     * Answers the unit the caller is limited to, or null when they see the whole province.
     *
     * @throws ProblemException 403 when the caller may read nothing of it
     */
    public String scope(String provinceCode) {
        if (seesProvince(provinceCode)) {
            return null;
        }
        if (caller.isUnitOfficer()) {
            return caller.unitCode();
        }
        throw ProblemException.forbidden("Only city roles and integrations of province " + provinceCode
                + ", or unit officers for their own unit, may read this");
    }

    /** Requires a city role or integration of the province: exports and city-wide views. */
    public void requireProvince(String provinceCode) {
        if (!seesProvince(provinceCode)) {
            throw ProblemException.forbidden("Only city roles and integrations of province " + provinceCode
                    + " may read city-wide aggregates");
        }
    }

    /** Rebuilds touch every province's read models: platform operations only. */
    public void requirePlatformOperator() {
        if (!caller.roles().contains(Roles.PLATFORM_OPERATOR)) {
            throw ProblemException.forbidden("Only a platform operator may rebuild the read models");
        }
    }

    /**
     * Requires a role that reads aggregates. A city role or integration whose token names no
     * province reads nothing (403): a missing claim never widens access.
     */
    public void requireAnyRole() {
        if (caller.isUnitOfficer()) {
            return;
        }
        if (!caller.isCity() && !caller.isIntegration()) {
            throw ProblemException.forbidden("The token carries no platform role");
        }
        if (caller.provinceCode() == null) {
            throw ProblemException.forbidden("The token names no province (claim province_code)");
        }
    }

    public Caller caller() {
        return caller;
    }
}
