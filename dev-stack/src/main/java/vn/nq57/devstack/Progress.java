package vn.nq57.devstack;

import java.io.PrintStream;
import java.util.function.Supplier;

/** Prints what is starting and how long it took. */
final class Progress {

    private final PrintStream out;

    Progress(PrintStream out) {
        this.out = out;
    }

    <T> T step(String what, Supplier<T> action) {
        out.printf("  ▶ %-44s", what + " …");
        out.flush();
        long start = System.nanoTime();
        try {
            T result = action.get();
            out.printf("✔ %5.1f s%n", (System.nanoTime() - start) / 1e9);
            return result;
        } catch (RuntimeException e) {
            out.println("✘");
            throw e;
        }
    }

    void line(String text) {
        out.println(text);
    }
}
