package vn.nq57.reportimport;

/** The document cannot be imported; {@link #reason()} says why in terms a caller can map to a status. */
public class ImportFailure extends RuntimeException {

    public enum Reason {
        /** Neither .docx, .pdf nor UTF-8 text. */
        UNSUPPORTED_TYPE,
        /** A password-protected PDF. */
        ENCRYPTED,
        /** A PDF whose pages carry no text layer (a scan without OCR). */
        NO_TEXT_LAYER,
        /** The file is damaged or is not what its type says. */
        UNREADABLE,
        /** The document holds no text. */
        EMPTY_TEXT,
        /** Text was found, but no outline section and no indicator. */
        NOTHING_RECOGNISED
    }

    private final Reason reason;

    public ImportFailure(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public ImportFailure(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
