package vn.nq57.plan.plan;

/** OpenAPI examples taken from the seed plans (An Hưng 2026, Hải Phòng 192/KH-UBND). */
final class PlanExamples {

    static final String AN_HUNG_REQUEST = """
            {"unitCode":"11674",
             "title":"Tuyên truyền Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia trên địa bàn xã An Hưng năm 2026",
             "place":"An Hưng","year":2026,
             "parentPlanId":"c0a80192-5700-4000-8000-000000000192",
             "legalBases":[{"numberSymbol":"67/KH-UBND","issuedOn":"2026-02-27","issuer":"UBND thành phố Hải Phòng",
               "title":"Tuyên truyền Nghị quyết số 57-NQ/TW ... trên địa bàn thành phố Hải Phòng năm 2026"},
              {"numberSymbol":"128/KH-SVHTTDL","issuedOn":"2026-03-17","issuer":"Sở Văn hóa, Thể thao và Du lịch"}],
             "purposes":["Nâng cao nhận thức cho cán bộ, công chức, viên chức, doanh nghiệp và người dân trên địa bàn xã ..."],
             "requirements":["Công tác tuyên truyền cần tiến hành kịp thời, thường xuyên, toàn diện, có trọng tâm, trọng điểm ..."],
             "contentThemes":[{"code":"1.1","title":"Chủ trương của Đảng, chính sách, pháp luật của Nhà nước về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số"},
              {"code":"1.2","title":"Nghị quyết số 57-NQ/TW của Bộ Chính trị và định hướng triển khai tại thành phố Hải Phòng",
               "points":["Giới thiệu mục tiêu, nhiệm vụ và giải pháp trọng tâm của xã về khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số."]}],
             "channels":[{"channel":"PORTAL","description":"Chuyên mục trên Cổng thông tin điện tử của xã"},
              {"channel":"RADIO_LOUDSPEAKER","description":"Hệ thống Đài truyền thanh của xã"},
              {"channel":"BINH_DAN_HOC_VU_SO","description":"Phong trào “Bình dân học vụ số”"}],
             "budgetSource":"Ngân sách và nguồn lực huy động xã hội hóa hợp pháp",
             "assignments":[{"office":"Phòng Văn hóa - Xã hội xã","role":"LEAD",
               "tasks":["Chủ trì, phối hợp với các phòng, đơn vị tổ chức thực hiện Kế hoạch này"]},
              {"office":"Văn phòng HĐND và UBND xã","role":"COORDINATE",
               "tasks":["Duy trì tin bài chuyên mục tuyên truyền về Nghị quyết số 57-NQ/TW"]}],
             "recipients":["Sở VH-TTDL thành phố","TT Đảng ủy, TTHĐND xã","Lưu: VT, VHXX."],
             "signer":{"capacityLines":["TM. ỦY BAN NHÂN DÂN","KT. CHỦ TỊCH","PHÓ CHỦ TỊCH"],"name":"Ngô Thị Hải Ninh"}}""";

    static final String CITY_PLAN_VIEW = """
            {"id":"c0a80192-5700-4000-8000-000000000192","versionNumber":1,"status":"ISSUED","unitCode":"31",
             "numberSymbol":"192/KH-UBND","place":"Hải Phòng","issuedOn":"2025-08-08",
             "title":"Tuyên truyền Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia đến năm 2030 trên địa bàn thành phố Hải Phòng",
             "year":2025,"legalBases":[{"numberSymbol":"57-NQ/TW","issuedOn":"2024-12-22","issuer":"Bộ Chính trị"}],
             "revision":2}""";

    static final String ISSUE_REQUEST = """
            {"numberSymbol":"48/KH-UBND","issuedOn":"2026-03-20"}""";

    static final String LIST = """
            {"items":[{"id":"c0a80192-5700-4000-8000-000000000192","versionNumber":1,"status":"ISSUED","unitCode":"31",
              "numberSymbol":"192/KH-UBND","issuedOn":"2025-08-08",
              "title":"Tuyên truyền Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị ...","year":2025}],
             "page":0,"size":20,"total":1}""";

    static final String COVERAGE = """
            {"planId":"c0a80192-5700-4000-8000-000000000192","numberSymbol":"192/KH-UBND","unitCode":"31",
             "totalUnits":114,"issuedCount":1,"notIssuedCount":113,"draftingCount":1,
             "issued":[{"unitCode":"11446","unitName":"Phường Phù Liễn","planId":"…","numberSymbol":"48/KH-UBND","issuedOn":"2025-09-10"}],
             "notIssued":[{"unitCode":"11674","unitName":"Xã An Hưng","draftPlanId":"c0a81167-5700-4000-8000-000000002026"},
              {"unitCode":"11242","unitName":"Xã Nguyễn Lương Bằng"}]}""";

    static final String SUPERSEDE = """
            {"supersededByPlanId":"5b7d1c1e-3a55-4f0e-9a57-000000000067"}""";

    private PlanExamples() {
    }
}
