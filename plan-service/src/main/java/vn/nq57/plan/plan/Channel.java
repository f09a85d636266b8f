package vn.nq57.plan.plan;

/** Communication channel (hình thức tuyên truyền) from the catalogue every plan picks from. */
public enum Channel {
    PORTAL("Cổng/Trang thông tin điện tử, nền tảng số"),
    SOCIAL_MEDIA("Mạng xã hội: Facebook, Zalo, YouTube, TikTok"),
    CONFERENCE("Hội nghị, cuộc họp, sinh hoạt đoàn thể"),
    VISUAL("Tuyên truyền cổ động trực quan: pano, băng rôn, khẩu hiệu"),
    RADIO_LOUDSPEAKER("Đài truyền thanh, hệ thống loa"),
    EVENTS_CONTESTS("Sự kiện, cuộc thi, hội thảo"),
    BINH_DAN_HOC_VU_SO("Phong trào \"Bình dân học vụ số\""),
    PROPAGANDIST_NETWORK("Đội ngũ tuyên truyền viên, cộng tác viên dư luận xã hội"),
    OTHER("Hình thức khác");

    private final String label;

    Channel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
