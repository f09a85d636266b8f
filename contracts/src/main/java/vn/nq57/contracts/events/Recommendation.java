package vn.nq57.contracts.events;

/**
 * A recommendation (kiến nghị, đề xuất) and whom it is addressed to.
 *
 * @param addressee e.g. "UBND thành phố", "Sở Khoa học và Công nghệ"
 */
public record Recommendation(String text, String addressee, String theme) {
}
