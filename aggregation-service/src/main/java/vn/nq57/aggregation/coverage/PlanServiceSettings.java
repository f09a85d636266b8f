package vn.nq57.aggregation.coverage;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Where plan-service answers plan coverage, and how long the report waits for it. */
@ConfigMapping(prefix = "aggregation.plan-service")
public interface PlanServiceSettings {

    /** Base address, e.g. {@code http://plan-service:8081}. */
    String url();

    /** Connect and answer timeout of one coverage call. */
    @WithDefault("5s")
    Duration timeout();
}
