package vn.nq57.aggregation.common;

import java.time.ZoneId;

/** The domain's time zone: documents and API answers use Vietnam time. */
public final class Zones {
    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private Zones() {
    }
}
