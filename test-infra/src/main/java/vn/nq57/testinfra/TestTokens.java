package vn.nq57.testinfra;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import vn.nq57.contracts.security.Claims;
import vn.nq57.contracts.security.Roles;

/** Real signed access tokens from the JVM's {@link OidcIssuer}, for the usual callers. */
public final class TestTokens {

    /** Hải Phòng. */
    public static final String CITY = "31";

    private TestTokens() {
    }

    public static String cityAdmin() {
        return token("city-admin-hp", Set.of(Roles.CITY_ADMIN, Roles.CITY_STAFF), Map.of(Claims.PROVINCE_CODE, CITY));
    }

    public static String cityStaff() {
        return token("city-staff-hp", Set.of(Roles.CITY_STAFF), Map.of(Claims.PROVINCE_CODE, CITY));
    }

    /** A city admin of another province (Hà Nội), who must not administer Hải Phòng. */
    public static String otherCityAdmin() {
        return token("city-admin-hn", Set.of(Roles.CITY_ADMIN, Roles.CITY_STAFF), Map.of(Claims.PROVINCE_CODE, "01"));
    }

    public static String unitOfficer(String unitCode) {
        return token("officer-" + unitCode, Set.of(Roles.UNIT_OFFICER), Map.of(Claims.UNIT_CODE, unitCode));
    }

    public static String integration() {
        return token("egov-platform", Set.of(Roles.INTEGRATION), Map.of(Claims.PROVINCE_CODE, CITY));
    }

    /** Platform operations (rebuilds, dead letters); belongs to no province. */
    public static String platformOperator() {
        return token("platform-operator", Set.of(Roles.PLATFORM_OPERATOR), Map.of());
    }

    /**
     * A city admin's token signed by the platform's issuer but meant for another application
     * (audience {@code other-app}): every service must refuse it.
     */
    public static String wrongAudience() {
        return token("city-admin-hp", Set.of(Roles.CITY_ADMIN, Roles.CITY_STAFF),
                Map.of(Claims.PROVINCE_CODE, CITY, "aud", "other-app"));
    }

    /** A valid token with no platform role. */
    public static String noRole() {
        return token("citizen", Set.of(), Map.of());
    }

    public static String token(String subject, Set<String> roles, Map<String, Object> claims) {
        Infra.oidcIssuer();
        String key = System.getProperty(Infra.OIDC_KEY);
        return OidcIssuer.sign(System.getProperty(Infra.OIDC_ISSUER), key, subject, roles, new HashMap<>(claims));
    }
}
