package vn.nq57.aggregation.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** OWASP CSV injection: what a spreadsheet would run as a formula starts with an apostrophe. */
class CsvExporterTest {

    @Test
    void formulaStartsAreNeutralised() {
        assertEquals("'=HYPERLINK(\"http://127.0.0.1/x\")", CsvExporter.neutralised("=HYPERLINK(\"http://127.0.0.1/x\")"));
        assertEquals("'+1+2", CsvExporter.neutralised("+1+2"));
        assertEquals("'-2+3", CsvExporter.neutralised("-2+3"));
        assertEquals("'@SUM(A1)", CsvExporter.neutralised("@SUM(A1)"));
        assertEquals("'\t=1", CsvExporter.neutralised("\t=1"));
        assertEquals("'\r=1", CsvExporter.neutralised("\r=1"));
    }

    @Test
    void plainTextAndNumbersStayAsTheyAre() {
        assertEquals("", CsvExporter.neutralised(""));
        assertEquals("Xã Nguyễn Lương Bằng", CsvExporter.neutralised("Xã Nguyễn Lương Bằng"));
        assertEquals("-5", CsvExporter.neutralised("-5"));
        assertEquals("-0.25", CsvExporter.neutralised("-0.25"));
        assertEquals("98.39", CsvExporter.neutralised("98.39"));
    }
}
