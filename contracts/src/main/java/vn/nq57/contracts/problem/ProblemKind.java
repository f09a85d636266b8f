package vn.nq57.contracts.problem;

/** Every kind of error the API answers, with its stable type URI, HTTP status and Vietnamese title. */
public enum ProblemKind {
    VALIDATION(400, "validation", "Dữ liệu không hợp lệ"),
    MALFORMED_REQUEST(400, "malformed-request", "Yêu cầu không đúng định dạng"),
    UNAUTHENTICATED(401, "unauthenticated", "Chưa đăng nhập hoặc phiên đã hết hạn"),
    FORBIDDEN(403, "forbidden", "Không có quyền thực hiện thao tác này"),
    NOT_FOUND(404, "not-found", "Không tìm thấy"),
    METHOD_NOT_ALLOWED(405, "method-not-allowed", "Phương thức không được hỗ trợ"),
    NOT_ACCEPTABLE(406, "not-acceptable", "Định dạng phản hồi không được hỗ trợ"),
    CONFLICT(409, "conflict", "Xung đột dữ liệu"),
    INVALID_STATE(409, "invalid-state", "Trạng thái không cho phép thao tác này"),
    /** A unit's write in a round the city has closed (chốt số liệu) and not reopened for that unit. */
    ROUND_CLOSED(409, "round-closed", "Đợt báo cáo đã chốt số liệu"),
    GONE(410, "gone", "Dữ liệu không còn"),
    PRECONDITION_FAILED(412, "precondition-failed", "Dữ liệu đã được người khác thay đổi"),
    PAYLOAD_TOO_LARGE(413, "payload-too-large", "Tệp hoặc dữ liệu quá lớn"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "Định dạng dữ liệu không được hỗ trợ"),
    /** An Idempotency-Key sent again with another request (method, path or body). */
    IDEMPOTENCY_KEY_REUSED(422, "idempotency-key-reused", "Khóa Idempotency-Key đã được dùng cho yêu cầu khác"),
    /** A document received whole that cannot be read into a draft (encrypted, image-only, damaged). */
    UNPROCESSABLE_DOCUMENT(422, "unprocessable-document", "Không đọc được nội dung tài liệu"),
    PRECONDITION_REQUIRED(428, "precondition-required", "Thiếu điều kiện phiên bản (If-Match)"),
    RATE_LIMITED(429, "rate-limited", "Quá nhiều yêu cầu, vui lòng thử lại sau"),
    INTERNAL(500, "internal", "Lỗi hệ thống"),
    SERVICE_UNAVAILABLE(503, "service-unavailable", "Dịch vụ tạm thời không khả dụng");

    public static final String TYPE_PREFIX = "urn:nq57:problem:";

    private final int status;
    private final String slug;
    private final String title;

    ProblemKind(int status, String slug, String title) {
        this.status = status;
        this.slug = slug;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String type() {
        return TYPE_PREFIX + slug;
    }

    /** Vietnamese title shown to users. */
    public String title() {
        return title;
    }

    /** The general kind of a status; the kinds that name one cause of a 422 are never guessed. */
    public static ProblemKind forStatus(int status) {
        for (ProblemKind kind : values()) {
            if (kind.status == status && kind != IDEMPOTENCY_KEY_REUSED && kind != UNPROCESSABLE_DOCUMENT) {
                return kind;
            }
        }
        return status >= 500 ? INTERNAL : MALFORMED_REQUEST;
    }
}
