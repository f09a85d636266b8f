package vn.nq57.contracts.security;

/** Realm roles (Keycloak realm {@code nq57}, claim {@code realm_access.roles}). */
public final class Roles {
    /** City department administrator: manages units, plans, rounds, contacts, webhooks. */
    public static final String CITY_ADMIN = "city-admin";
    /** City department staff: reads everything, reviews reports. */
    public static final String CITY_STAFF = "city-staff";
    /** Commune-level officer: works on their own unit only ({@code unit_code} claim). */
    public static final String UNIT_OFFICER = "unit-officer";
    /** Read-only service account, e.g. the city's e-government platform. */
    public static final String INTEGRATION = "integration";

    /** Platform operations: rebuilds read models, lists and replays dead-lettered records. */
    public static final String PLATFORM_OPERATOR = "platform-operator";

    private Roles() {
    }
}
