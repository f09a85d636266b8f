package vn.nq57.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.function.Function;

/** Small fluent assertions over JUnit (AssertJ is not in the repository mirror). */
final class Expect {

    private Expect() {
    }

    static <T> ListExpect<T> assertThat(List<T> actual) {
        return new ListExpect<>(actual);
    }

    static TextExpect assertThat(String actual) {
        return new TextExpect(actual);
    }

    record ListExpect<T>(List<T> actual) {
        ListExpect<T> hasSize(int size) {
            assertEquals(size, actual.size(), () -> "size of " + actual);
            return this;
        }

        ListExpect<T> isEmpty() {
            return hasSize(0);
        }

        @SafeVarargs
        final ListExpect<T> containsExactly(T... expected) {
            assertEquals(Arrays.asList(expected), actual);
            return this;
        }

        @SafeVarargs
        final ListExpect<T> containsExactlyInAnyOrder(T... expected) {
            assertEquals(expected.length, actual.size(), () -> "size of " + actual);
            assertEquals(new HashSet<>(Arrays.asList(expected)), new HashSet<>(actual));
            return this;
        }

        @SafeVarargs
        final ListExpect<T> containsOnly(T... expected) {
            assertEquals(new HashSet<>(Arrays.asList(expected)), new HashSet<>(actual), () -> "distinct values of " + actual);
            return this;
        }

        <R> ListExpect<R> extracting(Function<T, R> f) {
            return new ListExpect<>(actual.stream().map(f).toList());
        }
    }

    record TextExpect(String actual) {
        TextExpect contains(String part) {
            assertNotNull(actual);
            assertTrue(actual.contains(part), () -> "expected «" + part + "» in «" + actual + "»");
            return this;
        }

        TextExpect doesNotContain(String part) {
            assertFalse(actual.contains(part), () -> "unexpected «" + part + "» in «" + actual + "»");
            return this;
        }

        TextExpect startsWith(String prefix) {
            assertNotNull(actual);
            assertTrue(actual.startsWith(prefix), () -> "expected «" + actual + "» to start with «" + prefix + "»");
            return this;
        }
    }
}
