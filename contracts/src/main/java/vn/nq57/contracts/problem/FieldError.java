package vn.nq57.contracts.problem;

/**
 * One offending field.
 *
 * @param field  JSON path of the field, e.g. {@code indicators[2].value}
 * @param reason what is wrong, in English
 */
public record FieldError(String field, String reason) {
}
