package vn.nq57.submission;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.nq57.testinfra.PlatformTestResource;
import vn.nq57.testinfra.TestTokens;

@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "servers", value = "mongo,kafka,oidc"))
class AttachmentTest {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};

    @Test
    void signedScanIsStoredCheckedAndServed() {
        UUID planId = Fixtures.publishCityPlan();
        String roundId = Fixtures.openRound(planId, OffsetDateTime.now(ZoneOffset.ofHours(7)).plusDays(3));
        String reportId = Fixtures.createDraft(roundId, Fixtures.PHU_LIEN);
        String officer = TestTokens.unitOfficer(Fixtures.PHU_LIEN);
        byte[] pdf = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

        String attachmentId = given().auth().oauth2(officer).contentType("application/pdf").body(pdf)
                .queryParam("fileName", "311-BC-UBND Phù Liễn.pdf")
                .post("/api/v1/reports/" + reportId + "/attachments")
                .then().statusCode(201)
                .body("contentType", equalTo("application/pdf"))
                .body("size", equalTo(pdf.length))
                .body("kind", equalTo("SIGNED_SCAN"))
                .body("fileName", equalTo("311-BC-UBND Phù Liễn.pdf"))
                .extract().jsonPath().getString("id");

        byte[] downloaded = given().auth().oauth2(TestTokens.cityStaff())
                .get("/api/v1/reports/" + reportId + "/attachments/" + attachmentId)
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        assertArrayEquals(pdf, downloaded);

        String pngId = given().auth().oauth2(officer).contentType("image/png").body(PNG)
                .post("/api/v1/reports/" + reportId + "/attachments").then().statusCode(201).body("kind", equalTo("IMAGE"))
                .extract().jsonPath().getString("id");
        given().auth().oauth2(officer).delete("/api/v1/reports/" + reportId + "/attachments/" + pngId)
                .then().statusCode(204);
        given().auth().oauth2(officer).get("/api/v1/reports/" + reportId + "/attachments/" + pngId).then().statusCode(404);
        given().auth().oauth2(officer).contentType("image/png").body(PNG)
                .post("/api/v1/reports/" + reportId + "/attachments").then().statusCode(201);

        given().auth().oauth2(officer).contentType("application/pdf").body(PNG)
                .post("/api/v1/reports/" + reportId + "/attachments").then().statusCode(415)
                .body("type", equalTo("urn:nq57:problem:unsupported-media-type"));
        given().auth().oauth2(officer).contentType("application/x-msdownload").body(pdf)
                .post("/api/v1/reports/" + reportId + "/attachments").then().statusCode(415);
        given().auth().oauth2(TestTokens.unitOfficer(Fixtures.CAT_HAI))
                .get("/api/v1/reports/" + reportId + "/attachments/" + attachmentId).then().statusCode(403);
        given().auth().oauth2(TestTokens.integration()).contentType("application/pdf").body(pdf)
                .post("/api/v1/reports/" + reportId + "/attachments").then().statusCode(403);

        given().auth().oauth2(officer).get("/api/v1/reports/" + reportId).then().statusCode(200)
                .body("attachments", hasSize(2));
        Fixtures.submit(reportId, Fixtures.PHU_LIEN).statusCode(200);
        given().auth().oauth2(officer).get("/api/v1/reports/" + reportId + "/versions/1").then().statusCode(200)
                .body("attachments", hasSize(2)).body("attachments[0].id", equalTo(attachmentId));
        given().auth().oauth2(officer).contentType("image/jpeg").body(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0})
                .post("/api/v1/reports/" + reportId + "/attachments").then().statusCode(409);
        given().auth().oauth2(officer).delete("/api/v1/reports/" + reportId + "/attachments/" + attachmentId)
                .then().statusCode(409);
        given().auth().oauth2(officer).get("/api/v1/reports/" + reportId + "/attachments/" + UUID.randomUUID())
                .then().statusCode(404);
    }

    @Test
    void anOversizeUploadIsRefusedFromItsDeclaredLengthWithoutReadingTheBody() {
        String roundId = Fixtures.openRound(Fixtures.publishCityPlan(), OffsetDateTime.now(ZoneOffset.ofHours(7)).plusDays(3));
        String reportId = Fixtures.createDraft(roundId, Fixtures.AN_HUNG);
        // only the head is sent: a server that waits for the 10 MB body never answers
        String answer = headOnly("/api/v1/reports/" + reportId + "/attachments?fileName=scan.pdf",
                TestTokens.unitOfficer(Fixtures.AN_HUNG), 10 * 1024 * 1024 + 1);
        assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
        assertTrue(answer.contains("application/problem+json"), answer);
        assertTrue(answer.contains("urn:nq57:problem:payload-too-large"), answer);
        given().auth().oauth2(TestTokens.unitOfficer(Fixtures.AN_HUNG)).get("/api/v1/reports/" + reportId)
                .then().statusCode(200).body("attachments", hasSize(0));
    }

    private static String headOnly(String target, String token, long declaredLength) {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), RestAssured.port)) {
            socket.setSoTimeout(20_000);
            String head = "POST " + target + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token
                    + "\r\nContent-Type: application/pdf\r\nContent-Length: " + declaredLength + "\r\n\r\n";
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
