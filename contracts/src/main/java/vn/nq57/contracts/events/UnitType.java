package vn.nq57.contracts.events;

/** Kind of administrative unit after the 2025 reform (two levels: province/city and commune). */
public enum UnitType {
    /** Thành phố trực thuộc trung ương, e.g. Hải Phòng. */
    CITY,
    /** Tỉnh. */
    PROVINCE,
    /** Xã: rural commune. */
    XA,
    /** Phường: urban ward. */
    PHUONG,
    /** Đặc khu: special zone. */
    DAC_KHU;

    public boolean isProvinceLevel() {
        return this == CITY || this == PROVINCE;
    }
}
