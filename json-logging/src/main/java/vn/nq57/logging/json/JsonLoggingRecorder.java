package vn.nq57.logging.json;

import io.quarkus.runtime.RuntimeValue;
import io.quarkus.runtime.annotations.Recorder;
import java.time.ZoneId;
import java.util.Optional;
import java.util.logging.Formatter;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Hands Quarkus's console and file log handlers the JSON formatter when
 * {@code nq57.log.console.json} / {@code nq57.log.file.json} is true (false by default; the services
 * set it in their {@code prod} profile, so environment variables {@code NQ57_LOG_CONSOLE_JSON} and
 * {@code NQ57_LOG_FILE_JSON} switch it at run time).
 */
@Recorder
public class JsonLoggingRecorder {

    public RuntimeValue<Optional<Formatter>> consoleFormatter() {
        return formatterIf("nq57.log.console.json");
    }

    public RuntimeValue<Optional<Formatter>> fileFormatter() {
        return formatterIf("nq57.log.file.json");
    }

    private static RuntimeValue<Optional<Formatter>> formatterIf(String property) {
        Config config = ConfigProvider.getConfig();
        if (!config.getOptionalValue(property, Boolean.class).orElse(false)) {
            return new RuntimeValue<>(Optional.empty());
        }
        String service = config.getOptionalValue("quarkus.application.name", String.class).orElse(null);
        return new RuntimeValue<>(Optional.of(new JsonLineFormatter(service, ZoneId.systemDefault())));
    }
}
