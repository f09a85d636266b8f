package vn.nq57.contracts.security;

/** Token claims the services read besides roles. */
public final class Claims {
    /** The unit a unit officer belongs to, e.g. {@code 11446}. */
    public static final String UNIT_CODE = "unit_code";
    /** The province a city role administers, e.g. {@code 31} for Hải Phòng. */
    public static final String PROVINCE_CODE = "province_code";

    private Claims() {
    }
}
