package vn.nq57.aggregation.format;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import vn.nq57.support.time.VietnamTime;
import vn.nq57.aggregation.rollup.RollupTotal;
import vn.nq57.aggregation.rollup.UnitValue;
import vn.nq57.contracts.events.IndicatorKind;
import vn.nq57.contracts.events.Qualifier;
import vn.nq57.contracts.events.UnitType;

/** Numbers, dates and labels as Vietnamese documents write them: {@code 5.010}, {@code 98,39%}, dd/MM/yyyy. */
public final class VietnameseFormat {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private VietnameseFormat() {
    }

    public static String number(BigDecimal value) {
        if (value == null) {
            return "";
        }
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
        symbols.setGroupingSeparator('.');
        symbols.setDecimalSeparator(',');
        DecimalFormat format = new DecimalFormat("#,##0.##", symbols);
        format.setMaximumFractionDigits(Math.max(2, value.stripTrailingZeros().scale()));
        return format.format(value);
    }

    public static String date(OffsetDateTime time) {
        return time == null ? "" : time.atZoneSameInstant(VietnamTime.ZONE).format(DATE);
    }

    public static String dateTime(OffsetDateTime time) {
        return time == null ? "" : time.atZoneSameInstant(VietnamTime.ZONE).format(DATE_TIME);
    }

    /** "Hải Phòng, ngày 05 tháng 12 năm 2025". */
    public static String placeAndDate(String place, OffsetDateTime time) {
        var local = time.atZoneSameInstant(VietnamTime.ZONE);
        return String.format("%s, ngày %02d tháng %02d năm %d", place, local.getDayOfMonth(), local.getMonthValue(),
                local.getYear());
    }

    public static String unitType(UnitType type) {
        if (type == null) {
            return "";
        }
        return switch (type) {
            case XA -> "Xã";
            case PHUONG -> "Phường";
            case DAC_KHU -> "Đặc khu";
            case CITY -> "Thành phố";
            case PROVINCE -> "Tỉnh";
        };
    }

    /** A unit's value as written: "trên 200", "khoảng 71.000", "125 – 130", "5.010/5.092 (98,39%)". */
    public static String value(UnitValue v, IndicatorKind kind) {
        if (v.text() != null && (kind == IndicatorKind.TEXT || v.value() == null && v.min() == null
                && v.numerator() == null)) {
            return v.text();
        }
        return shaped(v.qualifier(), v.value(), v.min(), v.max(), v.numerator(), v.denominator(), kind);
    }

    /** The city figure written the same way. */
    public static String total(RollupTotal t, IndicatorKind kind) {
        if (t == null) {
            return "";
        }
        return shaped(t.qualifier(), t.value(), t.min(), t.max(), t.numerator(), t.denominator(), kind);
    }

    private static String shaped(Qualifier q, BigDecimal value, BigDecimal min, BigDecimal max, BigDecimal numerator,
            BigDecimal denominator, IndicatorKind kind) {
        String percent = kind == IndicatorKind.PERCENTAGE ? "%" : "";
        Qualifier qualifier = q == null ? Qualifier.EXACT : q;
        return switch (qualifier) {
            case EXACT -> number(value) + percent;
            case AT_LEAST -> "trên " + number(value) + percent;
            case ABOUT -> "khoảng " + number(value) + percent;
            case RANGE -> number(min) + " – " + number(max) + percent;
            case RATIO -> {
                if (numerator == null || denominator == null) {
                    yield number(value) + percent;
                }
                String ratio = number(numerator) + "/" + number(denominator);
                if (kind != IndicatorKind.PERCENTAGE || denominator.signum() == 0) {
                    yield ratio;
                }
                BigDecimal share = value != null ? value
                        : numerator.multiply(BigDecimal.valueOf(100)).divide(denominator, 2, RoundingMode.HALF_UP);
                yield ratio + " (" + number(share) + "%)";
            }
        };
    }
}
