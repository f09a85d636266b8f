package vn.nq57.deploy;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the command-line tools the deployment files are written for (kubectl, docker-compose). The
 * suite needs neither; the cross-checks that compare with them run only when they are installed.
 */
final class Tools {

    record Result(int exitCode, String stdout, String stderr) {
    }

    private Tools() {
    }

    /** Whether {@code command} is an executable on the PATH: the optional cross-checks run only then. */
    static boolean onPath(String command) {
        return onPath(command, System.getenv().getOrDefault("PATH", ""));
    }

    static boolean onPath(String command, String path) {
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }

    static Result run(Path workingDirectory, String... command) {
        List<String> args = new ArrayList<>(List.of(command));
        try {
            Path out = Files.createTempFile("nq57-tool", ".out");
            Path err = Files.createTempFile("nq57-tool", ".err");
            try {
                Process process = new ProcessBuilder(args)
                        .directory(workingDirectory.toFile())
                        .redirectOutput(out.toFile())
                        .redirectError(err.toFile())
                        .start();
                if (!process.waitFor(120, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    fail(String.join(" ", args) + " did not finish within 120 s");
                }
                return new Result(process.exitValue(),
                        Files.readString(out, StandardCharsets.UTF_8),
                        Files.readString(err, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + args, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + args, e);
        }
    }
}
