package vn.nq57.submission.attachment;

import java.util.Optional;
import java.util.regex.Pattern;
import vn.nq57.contracts.problem.ProblemException;
import vn.nq57.contracts.text.VietnameseText;

/**
 * The name a downloaded attachment carries: the last segment of what the client sent, in NFC, without
 * path separators or leading dots. Control characters and over-long names are refused by the
 * resource's constraints before this runs.
 */
final class FileNames {

    static final int MAX_LENGTH = 255;
    private static final String FALLBACK = "attachment";
    /** A ".." segment between separators (either slash) or at either end. */
    private static final Pattern TRAVERSAL = Pattern.compile("(^|[/\\\\])\\.\\.([/\\\\]|$)");

    private FileNames() {
    }

    /**
     * Refuses a name that climbs out of a directory ({@code ../../etc/passwd}, {@code ..\\win.ini}):
     * no client has a reason to send one. A plain directory prefix is only stripped.
     */
    static String checked(String requested) {
        if (requested != null && TRAVERSAL.matcher(requested).find()) {
            throw ProblemException.invalid("fileName", "must not contain a '..' path segment");
        }
        return sanitized(requested);
    }

    /** {@code ../../etc/passwd} → {@code passwd}; {@code C:\scan\311.pdf} → {@code 311.pdf}; blank → "attachment". */
    static String sanitized(String requested) {
        return Optional.ofNullable(requested)
                .map(name -> name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1))
                .map(name -> name.replaceFirst("^[.\\s]+", "").strip())
                .filter(name -> !name.isEmpty())
                .map(VietnameseText::nfc)
                .orElse(FALLBACK);
    }
}
