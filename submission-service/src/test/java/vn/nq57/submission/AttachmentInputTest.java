package vn.nq57.submission;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.nq57.testinfra.PlatformTestResource;
import vn.nq57.testinfra.TestTokens;

/**
 * The malformed-input catalogue of attachments: names, kinds, types, sizes and the number of files;
 * each refused upload answers 4xx problem+json and the report keeps the files it had.
 */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "servers", value = "mongo,kafka,oidc"))
class AttachmentInputTest {

    private static final byte[] PDF = "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D};
    private static final int MAX_BYTES = 10 * 1024 * 1024;

    private static String roundId;
    private static String reportId;

    /** One upload and the problem it must answer. */
    record Upload(String name, String fileName, String kind, String contentType, byte[] content, int status, String field) {
        @Override
        public String toString() {
            return name;
        }

        BadInput expected() {
            return new BadInput(name, contentType, "", status, field);
        }
    }

    @BeforeEach
    void once() {
        if (reportId == null) {
            UUID planId = Fixtures.publishCityPlan();
            roundId = Fixtures.openRound(planId, OffsetDateTime.now(ZoneOffset.ofHours(7)).plusDays(3));
            reportId = Fixtures.createDraft(roundId, Fixtures.PHU_LIEN);
        }
    }

    static Stream<Upload> uploads() {
        return Stream.of(
                new Upload("NUL in the file name", "a\u0000.pdf", null, "application/pdf", PDF, 400, "fileName"),
                new Upload("ESC in the file name", "\u001b[2Jscan.pdf", null, "application/pdf", PDF, 400, "fileName"),
                new Upload("a file name of 256 characters", "a".repeat(252) + ".pdf", null, "application/pdf", PDF, 400,
                        "fileName"),
                new Upload("a path climbing out", "../../etc/passwd", null, "application/pdf", PDF, 400, "fileName"),
                new Upload("a Windows path climbing out", "..\\..\\windows\\win.ini", null, "application/pdf", PDF, 400,
                        "fileName"),
                new Upload("a bare ..", "..", null, "application/pdf", PDF, 400, "fileName"),
                new Upload("an unknown kind", "scan.pdf", "VIRUS", "application/pdf", PDF, 400, "kind"),
                new Upload("a kind in lower case", "scan.pdf", "signed_scan", "application/pdf", PDF, 400, "kind"),
                new Upload("an empty file", "scan.pdf", null, "application/pdf", new byte[0], 400, "body"),
                new Upload("plain text", "scan.txt", null, "text/plain", "hello".getBytes(StandardCharsets.UTF_8), 415, null),
                new Upload("a PNG declared as PDF", "scan.pdf", null, "application/pdf", PNG, 415, null),
                new Upload("HTML declared as PNG", "x.png", null, "image/png",
                        "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8), 415, null));
    }

    @ParameterizedTest(name = "POST attachment: {0}")
    @MethodSource("uploads")
    void aBadUploadStoresNothing(Upload upload) {
        int before = attachments(reportId);
        RequestSpecification request = given().auth().oauth2(officer()).contentType(upload.contentType())
                .body(upload.content());
        if (upload.fileName() != null) {
            request.queryParam("fileName", upload.fileName());
        }
        if (upload.kind() != null) {
            request.queryParam("kind", upload.kind());
        }
        upload.expected().assertRefused(request.post("/api/v1/reports/" + reportId + "/attachments"));
        assertEquals(before, attachments(reportId), upload.name());
    }

    @Test
    void pathsAreStrippedFromFileNames() {
        String[][] names = {{"scans/2026/passwd", "passwd"}, {"C:\\scan\\311-BC-UBND.pdf", "311-BC-UBND.pdf"},
                {"...pdf", "pdf"}, {"/tmp/.hidden.pdf", "hidden.pdf"}, {"Phu\u0300 Lie\u0302\u0303n.pdf", "Phù Liễn.pdf"}};
        for (String[] name : names) {
            String id = given().auth().oauth2(officer()).contentType("application/pdf").body(PDF)
                    .queryParam("fileName", name[0]).post("/api/v1/reports/" + reportId + "/attachments")
                    .then().statusCode(201).body("fileName", equalTo(name[1])).extract().jsonPath().getString("id");
            given().auth().oauth2(officer()).delete("/api/v1/reports/" + reportId + "/attachments/" + id)
                    .then().statusCode(204);
        }
    }

    @Test
    void anImportedOriginalIsASourceDocument() {
        String id = given().auth().oauth2(officer()).contentType("application/pdf").body(PDF).queryParam("kind", "SOURCE")
                .post("/api/v1/reports/" + reportId + "/attachments")
                .then().statusCode(201).body("kind", equalTo("SOURCE")).extract().jsonPath().getString("id");
        given().auth().oauth2(officer()).delete("/api/v1/reports/" + reportId + "/attachments/" + id).then().statusCode(204);
    }

    @Test
    void aReportHoldsAtMostTwentyFiles() {
        String report = Fixtures.createDraft(roundId, Fixtures.NGUYEN_LUONG_BANG);
        String officer = TestTokens.unitOfficer(Fixtures.NGUYEN_LUONG_BANG);
        for (int i = 0; i < 20; i++) {
            given().auth().oauth2(officer).contentType("image/png").body(PNG).post("/api/v1/reports/" + report + "/attachments")
                    .then().statusCode(201);
        }
        given().auth().oauth2(officer).contentType("image/png").body(PNG).post("/api/v1/reports/" + report + "/attachments")
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.containsString("at most 20"));
        given().auth().oauth2(officer).get("/api/v1/reports/" + report).then().body("attachments", hasSize(20));
    }

    /** Without a Content-Length the body is read, measured by the service and refused just the same. */
    @Test
    void aChunkedOversizeIsRefusedOnceRead() throws Exception {
        int before = attachments(reportId);
        byte[] oversize = Arrays.copyOf(PDF, MAX_BYTES + 1);
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), RestAssured.port)) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/reports/" + reportId + "/attachments?fileName=big.pdf HTTP/1.1\r\n"
                    + "Host: localhost\r\nAuthorization: Bearer " + officer() + "\r\n"
                    + "Content-Type: application/pdf\r\nTransfer-Encoding: chunked\r\n\r\n"
                    + Integer.toHexString(oversize.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(oversize);
            out.write("\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String answer = new String(socket.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
            assertEquals("HTTP/1.1 413", answer);
        }
        assertEquals(before, attachments(reportId));
    }

    private static int attachments(String report) {
        return given().auth().oauth2(officer()).get("/api/v1/reports/" + report).then().statusCode(200).extract()
                .jsonPath().getList("attachments").size();
    }

    private static String officer() {
        return TestTokens.unitOfficer(Fixtures.PHU_LIEN);
    }
}
