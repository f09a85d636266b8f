package vn.nq57.aggregation;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import vn.nq57.testinfra.PackageCycles;

/** Plain JUnit: the packages of the service depend on each other in one direction only. */
class PackageCyclesTest {

    @Test
    void noPackageCycles() {
        PackageCycles.assertNone(Path.of("src/main/java"), "vn.nq57.aggregation");
    }
}
