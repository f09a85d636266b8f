package vn.nq57.aggregation.synthesis;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import vn.nq57.contracts.validation.PlainText;

/**
 * One theme (chủ đề) of the catalogue that difficulties, causes and recommendations are grouped by.
 *
 * @param keywords matched accent- and case-insensitively as whole words or phrases of the folded text
 */
public record Theme(
        @NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]{1,39}", message = "must be 2-40 of A-Z, 0-9, _ starting with a letter")
        String code,
        @NotBlank @Size(max = 120) @PlainText String labelVi,
        @NotBlank @Size(max = 120) @PlainText String labelEn,
        @NotNull @Size(min = 1, max = ThemeCatalogue.MAX_KEYWORDS) List<@NotBlank @Size(min = 2, max = 60) @PlainText String> keywords) {
}
