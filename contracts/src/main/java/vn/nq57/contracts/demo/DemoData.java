package vn.nq57.contracts.demo;

import java.util.UUID;

/**
 * Fixed identities of the demo data built from the seed documents, so that every service's demo
 * loader and the end-to-end suite refer to the same plan, round and units.
 */
public final class DemoData {

    /** Hải Phòng. */
    public static final String CITY_CODE = "31";

    public static final String NGUYEN_LUONG_BANG = "11242";
    public static final String PHU_LIEN = "11446";
    public static final String AN_HUNG = "11674";
    public static final String CAT_HAI = "11914";
    public static final String PHU_LUONG = "09568";

    /** Kế hoạch 192/KH-UBND of 08/8/2025, UBND thành phố Hải Phòng. */
    public static final UUID CITY_PLAN_192 = UUID.fromString("c0a80192-5700-4000-8000-000000000192");
    /** Kế hoạch of xã An Hưng for 2026, implementing plan 192. */
    public static final UUID AN_HUNG_PLAN_2026 = UUID.fromString("c0a81167-5700-4000-8000-000000002026");
    /** Kế hoạch of phường Phú Lương (Hà Nội) for 2025. */
    public static final UUID PHU_LUONG_PLAN_2025 = UUID.fromString("c0a80956-5700-4000-8000-000000002025");
    /** Round answering Công văn 4383/SKHCN-TTTT of 02/12/2025 on plan 192. */
    public static final UUID ROUND_4383 = UUID.fromString("c0a84383-5700-4000-8000-000000004383");

    private DemoData() {
    }
}
