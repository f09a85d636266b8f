package vn.nq57.submission.attachment;

import java.util.Arrays;
import java.util.Optional;

/** What an attached file is; the closed list a client may name in {@code kind}. */
public enum AttachmentKind {
    /** The signed PDF scan of the report (bản ký số / bản scan có chữ ký). */
    SIGNED_SCAN,
    /** A photo of an activity. */
    IMAGE,
    /** An imported original document the report was read from. */
    SOURCE;

    static Optional<AttachmentKind> parse(String value) {
        return Arrays.stream(values()).filter(k -> k.name().equals(value)).findFirst();
    }

    static String names() {
        return Arrays.toString(values());
    }
}
