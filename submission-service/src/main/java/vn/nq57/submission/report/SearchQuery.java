package vn.nq57.submission.report;

import java.util.List;
import vn.nq57.contracts.problem.ProblemException;
import vn.nq57.contracts.validation.TextRules;

/**
 * The {@code q} of a report search: its folded words, every one of which a report must contain.
 *
 * @param text   the query as sent (NFC), for the snippet
 * @param tokens folded, distinct words in the order typed
 */
public record SearchQuery(String text, List<String> tokens) {

    public static final int MAX_LENGTH = 200;
    public static final int MAX_TOKENS = 8;

    /** Null when {@code q} is absent; 400 naming {@code q} when it is too long, has too many words or none. */
    public static SearchQuery parse(String q) {
        if (q == null) {
            return null;
        }
        if (q.length() > MAX_LENGTH) {
            throw ProblemException.invalid("q", "must be at most " + MAX_LENGTH + " characters");
        }
        if (!TextRules.isPlain(q)) {
            throw ProblemException.invalid("q", "must not contain control characters or unpaired surrogates");
        }
        List<String> tokens = ReportText.words(q).stream().distinct().toList();
        if (tokens.isEmpty()) {
            throw ProblemException.invalid("q", "must contain at least one word (letters or digits)");
        }
        if (tokens.size() > MAX_TOKENS) {
            throw ProblemException.invalid("q", "must have at most " + MAX_TOKENS + " words, has " + tokens.size());
        }
        return new SearchQuery(q, tokens);
    }
}
