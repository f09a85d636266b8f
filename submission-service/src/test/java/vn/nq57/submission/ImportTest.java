package vn.nq57.submission;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import io.restassured.RestAssured;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.nq57.contracts.events.EventCodec;
import vn.nq57.testinfra.PlatformTestResource;
import vn.nq57.testinfra.TestTokens;

/** Importing the seed reports (text, .docx, .pdf) into drafts, and the refusals of the import. */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "servers", value = "mongo,kafka,oidc"))
class ImportTest {

    private static final String TEXT = "text/plain; charset=utf-8";

    private static RequestSpecification as(String token, String round, String unit) {
        return given().auth().oauth2(token).queryParam("roundId", round).queryParam("unitCode", unit);
    }

    /** Sends only the headers of an upload declaring {@code length} bytes and answers what the server says. */
    private static String declaredOnly(String target, String token, long length) {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), RestAssured.port)) {
            socket.setSoTimeout(30_000);
            String head = "POST " + target + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token
                    + "\r\nContent-Type: application/pdf\r\nContent-Length: " + length + "\r\n\r\n";
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String indicator(JsonPath body, String code, String field) {
        String value = body.getString("draft.indicators.find { it.code == '" + code + "' }." + field);
        // numbers compare by value: a stored 20 may read back as 20.0
        return value != null && value.matches("[0-9.]+")
                ? new java.math.BigDecimal(value).stripTrailingZeros().toPlainString() : value;
    }

    @Test
    void eachSeedBecomesItsUnitsDraftWithSourceAndExtraction() {
        String roundId = Fixtures.openRound(Fixtures.publishCityPlan(), OffsetDateTime.now(ZoneOffset.ofHours(7)).plusDays(3));
        // Nguyễn Lương Bằng as Word
        JsonPath nlb = as(TestTokens.unitOfficer(Fixtures.NGUYEN_LUONG_BANG), roundId, Fixtures.NGUYEN_LUONG_BANG)
                .contentType(SeedFiles.DOCX).body(SeedFiles.docx(SeedFiles.NGUYEN_LUONG_BANG))
                .queryParam("fileName", "BC Nguyễn Lương Bằng.docx")
                .post("/api/v1/reports/import").then().statusCode(201).header("ETag", notNullValue())
                .body("status", equalTo("DRAFT"))
                .body("extraction.format", equalTo("DOCX"))
                .body("attachments.find { it.kind == 'SOURCE' }.fileName", equalTo("BC Nguyễn Lương Bằng.docx"))
                .extract().jsonPath();
        assertEquals("28", indicator(nlb, "RADIO_BROADCASTS", "value"));
        assertEquals("EXACT", indicator(nlb, "RADIO_BROADCASTS", "qualifier"));
        assertEquals("20", indicator(nlb, "PORTAL_ARTICLES", "value"));
        assertEquals("AT_LEAST", indicator(nlb, "PORTAL_ARTICLES", "qualifier"));
        assertEquals("200", indicator(nlb, "TRAINING_PARTICIPANTS", "value"));
        assertEquals("ABOUT", indicator(nlb, "TRAINING_PARTICIPANTS", "qualifier"));
        assertTrue(nlb.getList("draft.sections.code").containsAll(List.of("I.1.1", "I.2.1", "II", "III")),
                nlb.getList("draft.sections.code").toString());

        // Cát Hải as PDF: its own outline I–V mapped onto the city's
        JsonPath catHai = as(TestTokens.unitOfficer(Fixtures.CAT_HAI), roundId, Fixtures.CAT_HAI)
                .contentType("application/pdf").body(SeedFiles.pdf(SeedFiles.CAT_HAI))
                .post("/api/v1/reports/import").then().statusCode(201)
                .body("extraction.format", equalTo("PDF"))
                .body("attachments.find { it.kind == 'SOURCE' }.contentType", equalTo("application/pdf"))
                .extract().jsonPath();
        assertEquals("RATIO", indicator(catHai, "ONLINE_DOSSIER_RATE", "qualifier"));
        assertEquals("5010", indicator(catHai, "ONLINE_DOSSIER_RATE", "numerator"));
        assertEquals("5092", indicator(catHai, "ONLINE_DOSSIER_RATE", "denominator"));
        assertEquals("125", indicator(catHai, "TRAINING_PARTICIPANTS", "min"));
        assertEquals("130", indicator(catHai, "TRAINING_PARTICIPANTS", "max"));
        assertEquals("58", indicator(catHai, "CDT_TEAMS", "value"));
        Map<String, Object> ratio = catHai.getMap("extraction.indicators.find { it.code == 'ONLINE_DOSSIER_RATE' }");
        String text = catHai.getString("extraction.text");
        int start = (Integer) ratio.get("valueStart");
        int end = (Integer) ratio.get("valueEnd");
        assertTrue(text.substring(start, end).contains("5.010"), text.substring(start, end));
        // every recommendation read is in the draft or noted (one without addressee cannot be a draft item)
        long noted = catHai.getList("extraction.unplaced.notes").stream()
                .filter(n -> n.toString().contains("names no addressee")).count();
        assertEquals(catHai.getList("extraction.recommendations").size(),
                catHai.getList("draft.recommendations").size() + noted);

        // Phù Liễn: the OCR text without diacritics
        String officer = TestTokens.unitOfficer(Fixtures.PHU_LIEN);
        Response created = as(officer, roundId, Fixtures.PHU_LIEN).contentType(TEXT)
                .body(SeedFiles.text(SeedFiles.PHU_LIEN).getBytes(StandardCharsets.UTF_8))
                .queryParam("fileName", "311-BC-UBND.txt")
                .post("/api/v1/reports/import");
        created.then().statusCode(201).body("extraction.ocrLike", equalTo(true))
                .body("extraction.unplaced.figures.size()", greaterThan(0))
                .body("extraction.sections[0].sourceHeading", notNullValue());
        JsonPath phuLien = created.jsonPath();
        assertEquals("71", indicator(phuLien, "LOUDSPEAKER_CLUSTERS_DIGITAL", "value"));
        assertEquals("38", indicator(phuLien, "LOUDSPEAKER_CLUSTERS_WIRED", "value"));
        assertEquals("445", indicator(phuLien, "PORTAL_ARTICLES", "value"));
        assertEquals("AT_LEAST", indicator(phuLien, "PORTAL_ARTICLES", "qualifier"));
        String reportId = phuLien.getString("reportId");
        String sourceId = phuLien.getString("attachments.find { it.kind == 'SOURCE' }.id");
        byte[] kept = given().auth().oauth2(TestTokens.cityStaff())
                .get("/api/v1/reports/" + reportId + "/attachments/" + sourceId).then().statusCode(200)
                .extract().asByteArray();
        assertArrayEquals(SeedFiles.text(SeedFiles.PHU_LIEN).getBytes(StandardCharsets.UTF_8), kept);

        String extraction = given().auth().oauth2(TestTokens.cityStaff())
                .get("/api/v1/reports/" + reportId + "/extraction").then().statusCode(200)
                .body("indicators.find { it.code == 'LOUDSPEAKER_CLUSTERS_DIGITAL' }.quote", containsString("71"))
                .body("sourceAttachmentId", equalTo(sourceId))
                .extract().asString();
        assertTrue(EventCodec.withinBudget(extraction));
        given().auth().oauth2(TestTokens.unitOfficer(Fixtures.CAT_HAI)).get("/api/v1/reports/" + reportId + "/extraction")
                .then().statusCode(403);

        // re-import as a web form's .docx: replaces the draft and its SOURCE file, needs If-Match
        String etag = created.header("ETag");
        Response replaced = as(officer, roundId, Fixtures.PHU_LIEN).header("If-Match", etag)
                .multiPart("file", "311-BC-UBND.docx", SeedFiles.docx(SeedFiles.PHU_LIEN), SeedFiles.DOCX)
                .post("/api/v1/reports/import");
        replaced.then().statusCode(200).body("reportId", equalTo(reportId))
                .body("extraction.format", equalTo("DOCX"))
                .body("attachments.findAll { it.kind == 'SOURCE' }", hasSize(1))
                .body("attachments.find { it.kind == 'SOURCE' }.id", not(equalTo(sourceId)))
                .header("ETag", not(equalTo(etag)));
        assertEquals("71", indicator(replaced.jsonPath(), "LOUDSPEAKER_CLUSTERS_DIGITAL", "value"));
        given().auth().oauth2(officer).get("/api/v1/reports/" + reportId + "/attachments/" + sourceId).then().statusCode(404);
        given().auth().oauth2(officer).get("/api/v1/reports/" + reportId + "/audit").then().statusCode(200)
                .body("action", hasSize(1));

        // the stale ETag of the first import no longer replaces anything
        as(officer, roundId, Fixtures.PHU_LIEN).header("If-Match", etag).contentType(TEXT)
                .body(SeedFiles.text(SeedFiles.PHU_LIEN).getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/reports/import").then().statusCode(412);

        // nothing was submitted; after submission the extraction is gone and the import refuses
        given().auth().oauth2(officer).post("/api/v1/reports/" + reportId + "/submit")
                .then().statusCode(200).body("status", equalTo("SUBMITTED"));
        given().auth().oauth2(officer).get("/api/v1/reports/" + reportId + "/extraction").then().statusCode(410)
                .contentType("application/problem+json").body("type", equalTo("urn:nq57:problem:gone"));
        given().auth().oauth2(officer).get("/api/v1/reports/" + reportId + "/extraction").then().statusCode(410);
        as(officer, roundId, Fixtures.PHU_LIEN).header("If-Match", "*").contentType(TEXT)
                .body(SeedFiles.text(SeedFiles.PHU_LIEN).getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/reports/import").then().statusCode(409);
    }

    @Test
    void refusalsNameTheReasonAndChangeNothing() {
        String round = Fixtures.openRound(Fixtures.publishCityPlan(), OffsetDateTime.now(ZoneOffset.ofHours(7)).plusDays(3));
        String officer = TestTokens.unitOfficer(Fixtures.AN_HUNG);
        byte[] seed = SeedFiles.text(SeedFiles.NGUYEN_LUONG_BANG).getBytes(StandardCharsets.UTF_8);

        as(officer, round, Fixtures.AN_HUNG).contentType("application/x-msdownload").body(seed)
                .post("/api/v1/reports/import").then().statusCode(415)
                .body("type", equalTo("urn:nq57:problem:unsupported-media-type"));
        as(officer, round, Fixtures.AN_HUNG).contentType("text/plain; charset=windows-1258").body(seed)
                .post("/api/v1/reports/import").then().statusCode(415);
        String tooLarge = declaredOnly("/api/v1/reports/import?roundId=" + round + "&unitCode=" + Fixtures.AN_HUNG,
                officer, 10 * 1024 * 1024 + 1);
        assertTrue(tooLarge.startsWith("HTTP/1.1 413"), tooLarge);
        assertTrue(tooLarge.contains("urn:nq57:problem:payload-too-large"), tooLarge);
        as(officer, round, Fixtures.AN_HUNG).contentType(TEXT).body(new byte[0])
                .post("/api/v1/reports/import").then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:nq57:problem:unprocessable-document"))
                .body("errors[0].field", equalTo("file"))
                .body("errors[0].reason", startsWith("EMPTY_TEXT"));
        as(officer, round, Fixtures.AN_HUNG).contentType(TEXT).body("   \n\n  ".getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/reports/import").then().statusCode(422).body("errors[0].reason", startsWith("EMPTY_TEXT"));
        as(officer, round, Fixtures.AN_HUNG).contentType("application/pdf").body(SeedFiles.imageOnlyPdf())
                .post("/api/v1/reports/import").then().statusCode(422).body("errors[0].reason", startsWith("NO_TEXT_LAYER"));
        as(officer, round, Fixtures.AN_HUNG).contentType(TEXT)
                .body("Danh sách khách mời dự tiệc cuối năm.".getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/reports/import").then().statusCode(422)
                .body("errors[0].reason", startsWith("NOTHING_RECOGNISED"));
        as(officer, round, Fixtures.AN_HUNG).contentType("application/pdf").body(seed)
                .post("/api/v1/reports/import").then().statusCode(422).body("errors[0].reason", startsWith("UNREADABLE"));

        as(TestTokens.unitOfficer(Fixtures.CAT_HAI), round, Fixtures.AN_HUNG).contentType(TEXT).body(seed)
                .post("/api/v1/reports/import").then().statusCode(403);
        as(TestTokens.cityStaff(), round, Fixtures.AN_HUNG).contentType(TEXT).body(seed)
                .post("/api/v1/reports/import").then().statusCode(403);
        as(TestTokens.unitOfficer(Fixtures.HA_NOI_UNIT), round, Fixtures.HA_NOI_UNIT).contentType(TEXT).body(seed)
                .post("/api/v1/reports/import").then().statusCode(400).body("errors[0].field", equalTo("unitCode"));
        as(officer, UUID.randomUUID().toString(), Fixtures.AN_HUNG).contentType(TEXT).body(seed)
                .post("/api/v1/reports/import").then().statusCode(404);
        given().auth().oauth2(officer).queryParam("roundId", round).contentType(TEXT).body(seed)
                .post("/api/v1/reports/import").then().statusCode(400);
        given().auth().oauth2(officer).queryParam("roundId", round).queryParam("unitCode", Fixtures.AN_HUNG)
                .multiPart("other", "x.txt", seed, "text/plain").post("/api/v1/reports/import").then().statusCode(400)
                .body("errors[0].field", equalTo("file"));

        // nothing was created by the refusals
        given().auth().oauth2(officer).queryParam("roundId", round).get("/api/v1/reports").then().statusCode(200)
                .body("items", hasSize(0));

        // a city admin of the province imports for the unit; the next import needs If-Match
        String key = UUID.randomUUID().toString();
        Response first = as(TestTokens.cityAdmin(), round, Fixtures.AN_HUNG).header("Idempotency-Key", key)
                .contentType("application/octet-stream").queryParam("fileName", "an-hung.txt").body(seed)
                .post("/api/v1/reports/import");
        first.then().statusCode(201).body("extraction.format", equalTo("TEXT"));
        as(TestTokens.cityAdmin(), round, Fixtures.AN_HUNG).header("Idempotency-Key", key)
                .contentType("application/octet-stream").queryParam("fileName", "an-hung.txt").body(seed)
                .post("/api/v1/reports/import").then().statusCode(201).header("Idempotent-Replayed", "true")
                .body("reportId", equalTo(first.jsonPath().getString("reportId")));
        as(officer, round, Fixtures.AN_HUNG).contentType(TEXT).body(seed)
                .post("/api/v1/reports/import").then().statusCode(428)
                .body("type", equalTo("urn:nq57:problem:precondition-required"));
    }
}
