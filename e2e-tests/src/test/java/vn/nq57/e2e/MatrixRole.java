package vn.nq57.e2e;

import java.util.Optional;

/**
 * A caller of the authorization matrix, with the demo identity that plays it. "Own" objects belong to
 * Hải Phòng (province 31) and the unit-officer's unit Nguyễn Lương Bằng (11242); "other" objects to
 * Hà Nội (province 01, unit 09568).
 */
enum MatrixRole {
    ANONYMOUS("anonymous", null),
    OTHER_PROVINCE_ADMIN("other-province-admin", "hn.admin"),
    OTHER_UNIT_OFFICER("other-unit-officer", "phulien.officer"),
    PLATFORM_OPERATOR("platform-operator", "platform.operator"),
    INTEGRATION("integration", null),
    CITY_STAFF("city-staff", "hp.staff"),
    UNIT_OFFICER("unit-officer", "nlb.officer"),
    CITY_ADMIN("city-admin", "hp.admin");

    final String label;
    private final String username;

    MatrixRole(String label, String username) {
        this.label = label;
        this.username = username;
    }

    /** The bearer token, none for the anonymous caller; tokens are cached for the run. */
    Optional<String> token() {
        if (this == ANONYMOUS) {
            return Optional.empty();
        }
        return Optional.of(this == INTEGRATION ? KeycloakTokens.egovPlatform() : KeycloakTokens.user(username));
    }

    static MatrixRole byLabel(String label) {
        for (MatrixRole role : values()) {
            if (role.label.equals(label)) {
                return role;
            }
        }
        throw new IllegalArgumentException("unknown role " + label);
    }
}
