package vn.nq57.contracts.events;

/**
 * What a report writes under one section of the round's outline (đề cương), e.g. {@code I.2.1}
 * "Tuyên truyền quan điểm chỉ đạo của Nghị quyết 57-NQ/TW và văn bản liên quan". The general
 * assessment (Đánh giá chung) is the section of that title (section {@code II} of the city's outline).
 *
 * @param code  the outline code, unique within the round's outline
 * @param title the section's title in the round's outline at the time of the event (null when the
 *              outline no longer names the code)
 * @param text  the unit's text, NFC, as submitted
 */
public record ReportSection(String code, String title, String text) {
}
