package vn.nq57.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A server run as a child process, its output in a log file; stopped gracefully, then forcibly.
 * It remembers how it was launched, so that it can be killed and launched again the same way.
 */
final class ChildProcess implements AutoCloseable {

    private final String name;
    private final Process process;
    private final Launch launch;

    /** Everything needed to launch the same process again. */
    private record Launch(List<String> command, Map<String, String> env, Path workDir, Path log) {
    }

    private ChildProcess(String name, Process process, Launch launch) {
        this.name = name;
        this.process = process;
        this.launch = launch;
    }

    static ChildProcess start(String name, List<String> command, Map<String, String> env, Path workDir, Path logDir) {
        try {
            Files.createDirectories(logDir);
            return start(name, new Launch(List.copyOf(command), Map.copyOf(env), workDir, logDir.resolve(name + ".log")));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + name, e);
        }
    }

    private static ChildProcess start(String name, Launch launch) {
        try {
            ProcessBuilder builder = new ProcessBuilder(launch.command()).directory(launch.workDir().toFile())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(launch.log().toFile()));
            builder.environment().putAll(launch.env());
            return new ChildProcess(name, builder.start(), launch);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + name, e);
        }
    }

    /** The same command, environment and log file launched again (the log is appended to). */
    ChildProcess relaunch() {
        if (process.isAlive()) {
            throw new IllegalStateException(name + " is still running");
        }
        return start(name, launch);
    }

    boolean isAlive() {
        return process.isAlive();
    }

    Path log() {
        return launch.log();
    }

    String name() {
        return name;
    }

    /** SIGKILL, as a crash or the OOM killer would: no shutdown hook runs. Returns once the process is gone. */
    void kill() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        awaitExit(30);
    }

    ProcessHandle handle() {
        return process.toHandle();
    }

    /** The exit status once the process is gone. */
    int exitStatus() {
        return process.exitValue();
    }

    @Override
    public void close() {
        stop(20);
    }

    /** SIGTERM, then SIGKILL if it has not exited within {@code graceSeconds}. */
    void stop(int graceSeconds) {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        if (!awaitExit(graceSeconds)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            awaitExit(10);
        }
    }

    private boolean awaitExit(int seconds) {
        try {
            return process.waitFor(seconds, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
