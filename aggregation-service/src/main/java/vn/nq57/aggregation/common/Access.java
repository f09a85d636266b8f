package vn.nq57.aggregation.common;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import vn.nq57.contracts.problem.ProblemException;
import vn.nq57.contracts.security.Caller;

/**
 * Who may read what. City roles and integrations read every unit of their province; a unit
 * officer reads only their own unit's row and values (no city totals, no exports).
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

    public void requireCityAdmin() {
        if (!caller.isCityAdmin()) {
            throw ProblemException.forbidden("Only a city admin may rebuild the read models");
        }
    }

    /** Whether the caller has any role that reads aggregates. */
    public void requireAnyRole() {
        if (!caller.isCity() && !caller.isIntegration() && !caller.isUnitOfficer()) {
            throw ProblemException.forbidden("The token carries no platform role");
        }
    }

    public Caller caller() {
        return caller;
    }
}
