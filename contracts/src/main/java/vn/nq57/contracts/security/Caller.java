package vn.nq57.contracts.security;

import io.quarkus.security.identity.SecurityIdentity;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling, as far as authorization needs to know.
 *
 * @param unitCode     the officer's unit, null for city roles and integrations
 * @param provinceCode the province a city role or integration works for; a token without one covers no province
 */
public record Caller(String subject, Set<String> roles, String unitCode, String provinceCode) {

    public static Caller of(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()) {
            return new Caller(null, Set.of(), null, null);
        }
        String unit = null;
        String province = null;
        String subject = identity.getPrincipal().getName();
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            unit = jwt.getClaim(Claims.UNIT_CODE);
            province = jwt.getClaim(Claims.PROVINCE_CODE);
            if (jwt.getSubject() != null) {
                subject = jwt.getSubject();
            }
        }
        return new Caller(subject, Set.copyOf(identity.getRoles()), unit, province);
    }

    public boolean isCityAdmin() {
        return roles.contains(Roles.CITY_ADMIN);
    }

    /** City admin or staff: sees every unit of their province. */
    public boolean isCity() {
        return isCityAdmin() || roles.contains(Roles.CITY_STAFF);
    }

    public boolean isIntegration() {
        return roles.contains(Roles.INTEGRATION);
    }

    public boolean isUnitOfficer() {
        return roles.contains(Roles.UNIT_OFFICER) && unitCode != null;
    }

    /**
     * Whether a city role or integration may act on units of this province. Closes when the token
     * names no province: a missing claim never widens access.
     */
    public boolean coversProvince(String province) {
        return provinceCode != null && provinceCode.equals(province);
    }

    /**
     * Whether the caller may read data of a unit.
     *
     * @param unitProvince the province the unit belongs to (the unit itself for a province)
     */
    public boolean canRead(String unit, String unitProvince) {
        if (isCity() || isIntegration()) {
            return coversProvince(unitProvince);
        }
        return isUnitOfficer() && unitCode.equals(unit);
    }

    /** Whether the caller may write data of a unit: its own officer, or a city admin of its province. */
    public boolean canWrite(String unit, String unitProvince) {
        if (isCityAdmin()) {
            return coversProvince(unitProvince);
        }
        return isUnitOfficer() && unitCode.equals(unit);
    }
}
