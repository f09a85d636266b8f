package vn.nq57.plan.unit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.nq57.contracts.problem.ProblemException;
import vn.nq57.contracts.problem.ProblemKind;

/** Plain JUnit: the unit CSV parser. */
class UnitCsvTest {

    @Test
    void readsBothHeadersQuotesCommentsAndABom() {
        List<UnitCsv.Line> lines = UnitCsv.parse("\uFEFF# national list\ncode,name,full_name,type,parent_code\n"
                + "31,Hải Phòng,Thành phố Hải Phòng,city,\n\n"
                + "11446,\"Phù Liễn, \"\"mới\"\"\",Phường Phù Liễn,phuong,31\r\n");
        assertEquals(2, lines.size());
        UnitCsv.Line ward = lines.get(1);
        assertEquals(5, ward.number());
        assertEquals("Phù Liễn, \"mới\"", ward.name());
        assertEquals("31", ward.province());
        assertEquals("31", lines.get(0).province());
        assertNull(ward.error());

        UnitCsv.Line shortForm = UnitCsv.parse("code,name,type,parent_code\n11674,An Hưng,xa,31").get(0);
        assertEquals("", shortForm.fullName());
        assertEquals("xa", shortForm.type());
    }

    @Test
    void aBadRowNamesItsLineAndColumnAndTheOthersAreRead() {
        List<UnitCsv.Line> lines = UnitCsv.parse("code,name,type,parent_code\n"
                + "1144,Phù Liễn,phuong,31\n"
                + "11446,Phù Liễn,phuong\n"
                + "11446,Phù\u0007Liễn,phuong,31\n"
                + "11446,Phù Liễn,phuong,311\n"
                + "11674,An Hưng,xa,31\n");
        assertEquals(List.of("code", "", "name", "parent_code"),
                lines.subList(0, 4).stream().map(l -> l.errorColumn() == null ? "" : l.errorColumn()).toList());
        assertEquals("expected 4 fields, found 3", lines.get(1).error());
        assertEquals("control character U+0007 at position 4", lines.get(2).error());
        assertEquals(3, lines.get(1).number());
        assertNull(lines.get(4).error());
    }

    @Test
    void anEmptyFileAWrongHeaderOrTooMuchIsRefusedAsAWhole() {
        assertEquals("body", field(() -> UnitCsv.parse("  \n")));
        assertEquals("header", field(() -> UnitCsv.parse("code;name;type\n11446;Phù Liễn;phuong")));
        assertEquals("header", field(() -> UnitCsv.parse("# only a comment\n")));
        ProblemException rows = assertThrows(ProblemException.class, () -> UnitCsv.parse("code,name,type,parent_code\n"
                + "11446,Phù Liễn,phuong,31\n".repeat(UnitCsv.MAX_ROWS + 1)));
        assertEquals(ProblemKind.PAYLOAD_TOO_LARGE, rows.kind());
        ProblemException bytes = assertThrows(ProblemException.class,
                () -> UnitCsv.parse("code,name,type,parent_code\n" + "x".repeat(UnitCsv.MAX_BYTES)));
        assertEquals(ProblemKind.PAYLOAD_TOO_LARGE, bytes.kind());
    }

    private static String field(Runnable parse) {
        return assertThrows(ProblemException.class, parse::run).toProblem().errors().get(0).field();
    }
}
