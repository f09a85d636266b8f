package vn.nq57.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import vn.nq57.contracts.problem.FieldError;
import vn.nq57.contracts.problem.ProblemException;
import vn.nq57.support.http.Page;
import vn.nq57.support.http.Paging;

class PagingTest {

    @Test
    void absentParametersAreTheFirstPageOfTwenty() {
        assertEquals(new Paging(0, 20), Paging.of(null, null));
        assertEquals(40, Paging.of(2, null).offset());
    }

    @Test
    void outOfBoundsParametersAre400NamingEach() {
        ProblemException both = assertThrows(ProblemException.class, () -> Paging.of(-1, 201));
        assertEquals(List.of("page", "size"), both.toProblem().errors().stream().map(FieldError::field).toList());
        assertThrows(ProblemException.class, () -> Paging.of(0, 0));
        assertThrows(ProblemException.class, () -> Paging.of(Paging.MAX_PAGE + 1, 1));
        assertEquals(new Paging(Paging.MAX_PAGE, Paging.MAX_SIZE), Paging.of(Paging.MAX_PAGE, Paging.MAX_SIZE));
    }

    @Test
    void sliceCutsAListHeldInMemory() {
        List<Integer> all = IntStream.range(0, 45).boxed().toList();
        assertEquals(new Page<>(List.of(40, 41, 42, 43, 44), 2, 20, 45), Page.slice(all, Paging.of(2, 20)));
        assertEquals(new Page<>(List.of(), 9, 20, 45), Page.slice(all, Paging.of(9, 20)));
    }
}
