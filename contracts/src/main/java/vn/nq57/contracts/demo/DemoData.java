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
    /** Kế hoạch 67/KH-UBND of 27/02/2026, UBND thành phố Hải Phòng: the city's 2026 plan. */
    public static final UUID CITY_PLAN_67 = UUID.fromString("c0a80067-5700-4000-8000-000000000067");
    /** Kế hoạch 48/KH-UBND of 20/8/2025, phường Phù Liễn, implementing plan 192 (cited by its report 311/BC-UBND). */
    public static final UUID PHU_LIEN_PLAN_48 = UUID.fromString("c0a81144-5700-4000-8000-000000000048");
    /** Kế hoạch 36/KH-UBND of 18/8/2025, đặc khu Cát Hải, implementing plan 192 (cited by its report). */
    public static final UUID CAT_HAI_PLAN_36 = UUID.fromString("c0a81191-5700-4000-8000-000000000036");
    /** Kế hoạch of xã An Hưng for 2026, implementing plan 67 (its seed says so, not 192). */
    public static final UUID AN_HUNG_PLAN_2026 = UUID.fromString("c0a81167-5700-4000-8000-000000002026");
    /** Kế hoạch of phường Phú Lương (Hà Nội) for 2025. */
    public static final UUID PHU_LUONG_PLAN_2025 = UUID.fromString("c0a80956-5700-4000-8000-000000002025");
    /** Round answering Công văn 4383/SKHCN-TTTT of 02/12/2025 on plan 192. */
    public static final UUID ROUND_4383 = UUID.fromString("c0a84383-5700-4000-8000-000000004383");

    private DemoData() {
    }
}
