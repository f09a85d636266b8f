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

/** Runs the command-line tools the deployment files are written for (kubectl, docker-compose). */
final class Tools {

    record Result(int exitCode, String stdout, String stderr) {
    }

    private Tools() {
    }

    /**
     * Fails the test with the Debian package to install when {@code command} is not on the PATH,
     * so that a missing tool reads as an environment problem, not as a broken manifest.
     */
    static void require(String command, String debianPackage) {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, command))) {
                return;
            }
        }
        fail("'" + command + "' is not on the PATH. Install Debian's '" + debianPackage
                + "' package (sudo apt-get install " + debianPackage + "); .ci/run installs it when missing.");
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
