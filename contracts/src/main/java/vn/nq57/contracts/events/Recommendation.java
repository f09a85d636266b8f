package vn.nq57.contracts.events;

import jakarta.validation.constraints.Size;
import vn.nq57.contracts.validation.PlainText;

/**
 * A recommendation (kiến nghị, đề xuất) and whom it is addressed to.
 *
 * @param addressee e.g. "UBND thành phố", "Sở Khoa học và Công nghệ"
 */
public record Recommendation(@Size(max = 4000) @PlainText String text, @Size(max = 300) @PlainText String addressee,
        @Size(max = 64) @PlainText String theme) {
}
