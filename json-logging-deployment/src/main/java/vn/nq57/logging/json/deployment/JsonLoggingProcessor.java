package vn.nq57.logging.json.deployment;

import io.quarkus.deployment.annotations.BuildStep;
import io.quarkus.deployment.annotations.ExecutionTime;
import io.quarkus.deployment.annotations.Record;
import io.quarkus.deployment.builditem.FeatureBuildItem;
import io.quarkus.deployment.builditem.LogConsoleFormatBuildItem;
import io.quarkus.deployment.builditem.LogFileFormatBuildItem;
import vn.nq57.logging.json.JsonLoggingRecorder;

/** Offers the JSON formatter to the console and file handlers; each takes it only when switched on. */
public class JsonLoggingProcessor {

    @BuildStep
    FeatureBuildItem feature() {
        return new FeatureBuildItem("nq57-json-logging");
    }

    @BuildStep
    @Record(ExecutionTime.RUNTIME_INIT)
    LogConsoleFormatBuildItem console(JsonLoggingRecorder recorder) {
        return new LogConsoleFormatBuildItem(recorder.consoleFormatter());
    }

    @BuildStep
    @Record(ExecutionTime.RUNTIME_INIT)
    LogFileFormatBuildItem file(JsonLoggingRecorder recorder) {
        return new LogFileFormatBuildItem(recorder.fileFormatter());
    }
}
