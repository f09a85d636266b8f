package vn.nq57.reportimport;

/**
 * A paragraph rebuilt from the extracted lines; {@code start}/{@code end} are character offsets
 * into the extracted text (end exclusive), so {@code text} may contain the original line breaks.
 */
public record Paragraph(int index, int start, int end, String text) {

    /** The text on one line, whitespace collapsed. */
    public String flat() {
        return text.replaceAll("\\s+", " ").strip();
    }
}
