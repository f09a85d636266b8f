package vn.nq57.plan;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import vn.nq57.contracts.demo.DemoData;
import vn.nq57.testinfra.PlatformTestResource;
import vn.nq57.testinfra.TestTokens;

/**
 * A catalogue of bad requests per write operation: each answers 4xx problem+json naming the field,
 * and a read-back shows that nothing changed.
 */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, restrictToAnnotatedClass = false, initArgs = {
    @ResourceArg(name = "servers", value = "postgres,kafka,oidc"),
    @ResourceArg(name = "database", value = "plan")})
class MalformedInputTest {

    /** One bad request: how to spoil a good body (or the raw JSON to send), and the field the answer must name. */
    record Case(String name, Consumer<Map<String, Object>> spoil, String rawJson, String field) {

        static Case spoil(String name, String field, Consumer<Map<String, Object>> spoil) {
            return new Case(name, spoil, null, field);
        }

        static Case raw(String name, String field, String json) {
            return new Case(name, null, json, field);
        }

        String body(Map<String, Object> good) {
            if (rawJson != null) {
                return rawJson;
            }
            Map<String, Object> body = new HashMap<>(good);
            spoil.accept(body);
            return vn.nq57.contracts.events.EventCodec.toJson(body);
        }
    }

    private static void refused(Response response, Case c) {
        response.then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem(c.field()));
    }

    private static List<Case> planCases(String marker) {
        String title = "Kế hoạch hỏng " + marker;
        List<Case> cases = new ArrayList<>(List.of(
                Case.spoil("NUL in title", "title", b -> b.put("title", title + "\u0000")),
                Case.spoil("bell in place", "place", b -> b.put("place", "Hải\u0007Phòng")),
                Case.spoil("title too long", "title", b -> b.put("title", title + "x".repeat(2001))),
                Case.spoil("unknown field", "indicator", b -> b.put("indicator", List.of())),
                Case.spoil("year too early", "year", b -> b.put("year", 1999)),
                Case.spoil("year as text", "year", b -> b.put("year", "hai nghìn")),
                Case.spoil("year fractional", "year", b -> b.put("year", 2026.5)),
                Case.spoil("period before 2000", "periodFrom", b -> b.put("periodFrom", "1999-12-31")),
                Case.spoil("period after 2100", "periodTo", b -> b.put("periodTo", "2101-01-01")),
                Case.spoil("not a date", "periodFrom", b -> b.put("periodFrom", "31/12/2026")),
                Case.spoil("an empty date", "periodTo", b -> b.put("periodTo", "")),
                Case.spoil("a channel by its number", "channels[0].channel", b -> b.put("channels", List.of(Map.of("channel", "0")))),
                Case.spoil("unit code with a script", "unitCode", b -> b.put("unitCode", "1<s>")),
                Case.spoil("too many purposes", "purposes", b -> b.put("purposes", java.util.Collections.nCopies(201, "Mục đích"))),
                Case.spoil("purpose too long", "purposes[0]", b -> b.put("purposes", List.of("y".repeat(4001)))),
                Case.spoil("NUL in a point", "contentThemes[0].points[0]", b -> b.put("contentThemes",
                        List.of(Map.of("code", "1", "title", "Chủ đề", "points", List.of("điểm\u0000"))))),
                Case.spoil("unknown channel", "channels[0].channel", b -> b.put("channels", List.of(Map.of("channel", "TELEPATHY")))),
                Case.spoil("due date far away", "assignments[0].dueOn", b -> b.put("assignments", List.of(Map.of(
                        "office", "Phòng Văn hóa - Xã hội", "role", "LEAD", "dueOn", "9999-12-31")))),
                Case.spoil("legal basis from 1900", "legalBases[0].issuedOn", b -> b.put("legalBases", List.of(Map.of(
                        "numberSymbol", "57-NQ/TW", "issuedOn", "1900-01-01")))),
                Case.spoil("escape in signer", "signer.name", b -> b.put("signer", Map.of("name", "Nguyễn\u001bVăn An"))),
                Case.raw("year out of range", "year", "{\"unitCode\":\"11446\",\"title\":\"" + title + "\",\"year\":1e30000}"),
                Case.raw("year beyond long", "year", "{\"unitCode\":\"11446\",\"title\":\"" + title + "\",\"year\":99999999999999999999}")));
        return cases;
    }

    @Test
    void badPlanDraftsAreRefusedAndNothingIsStored() {
        String officer = TestTokens.unitOfficer(DemoData.PHU_LIEN);
        String marker = "hong" + UUID.randomUUID().toString().replace("-", "");
        Map<String, Object> good = Plans.draft(DemoData.PHU_LIEN, "Kế hoạch hỏng " + marker);
        for (Case c : planCases(marker)) {
            refused(given().auth().oauth2(officer).contentType(ContentType.JSON).body(c.body(good))
                    .when().post("/api/v1/plans"), c);
        }
        given().auth().oauth2(officer).queryParam("q", marker).when().get("/api/v1/plans")
                .then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void badEditsAndIssuesLeaveTheDraftAsItWas() {
        String officer = TestTokens.unitOfficer(DemoData.PHU_LIEN);
        String marker = "sua" + UUID.randomUUID().toString().replace("-", "");
        Map<String, Object> good = Plans.draft(DemoData.PHU_LIEN, "Kế hoạch sửa " + marker);
        Response created = Plans.create(officer, good);
        created.then().statusCode(201);
        String id = created.path("id");
        String etag = created.header("ETag");
        for (Case c : planCases(marker)) {
            refused(given().auth().oauth2(officer).contentType(ContentType.JSON).header("If-Match", etag)
                    .body(c.body(good)).when().put("/api/v1/plans/" + id), c);
        }
        List<Case> issues = List.of(
                Case.raw("issued before 2000", "issuedOn", "{\"numberSymbol\":\"48/KH-UBND\",\"issuedOn\":\"1999-01-01\"}"),
                Case.raw("issued after 2100", "issuedOn", "{\"numberSymbol\":\"48/KH-UBND\",\"issuedOn\":\"2101-01-01\"}"),
                Case.raw("NUL in number", "numberSymbol", "{\"numberSymbol\":\"48/KH\\u0000\",\"issuedOn\":\"2026-01-01\"}"),
                Case.raw("unknown field", "number", "{\"number\":\"48/KH-UBND\",\"issuedOn\":\"2026-01-01\"}"),
                Case.raw("number too long", "numberSymbol", "{\"numberSymbol\":\"" + "4".repeat(101) + "\",\"issuedOn\":\"2026-01-01\"}"));
        for (Case c : issues) {
            refused(given().auth().oauth2(officer).contentType(ContentType.JSON).body(c.body(Map.of()))
                    .when().post("/api/v1/plans/" + id + "/issue"), c);
        }
        Response after = given().auth().oauth2(officer).when().get("/api/v1/plans/" + id);
        after.then().statusCode(200).body("status", equalTo("DRAFT")).body("title", equalTo(good.get("title")))
                .body("revision", equalTo(1));
        assertEquals(etag, after.header("ETag"));
    }

    @Test
    void badUnitsAreRefusedAndNothingIsStored() {
        String admin = TestTokens.cityAdmin();
        Map<String, Object> good = Map.of("code", "99401", "name", "Hỏng", "type", "XA", "parentCode", "31");
        List<Case> cases = List.of(
                Case.spoil("NUL in name", "name", b -> b.put("name", "Hỏng\u0000")),
                Case.spoil("name too long", "name", b -> b.put("name", "H".repeat(201))),
                Case.spoil("full name too long", "fullName", b -> b.put("fullName", "X".repeat(256))),
                Case.spoil("code too long", "code", b -> b.put("code", "9940100")),
                Case.spoil("code with letters", "code", b -> b.put("code", "99a01")),
                Case.spoil("parent not a province code", "parentCode", b -> b.put("parentCode", "3x")),
                Case.spoil("too many offices", "offices", b -> b.put("offices", java.util.Collections.nCopies(51, "Phòng"))),
                Case.spoil("control character in an office", "offices[0]", b -> b.put("offices", List.of("Phòng\u0008"))),
                Case.spoil("unknown type", "type", b -> b.put("type", "VILLAGE")),
                Case.spoil("unknown field", "parent", b -> b.put("parent", "31")),
                Case.spoil("active as a number", "active", b -> b.put("active", List.of(1))));
        for (Case c : cases) {
            refused(given().auth().oauth2(admin).contentType(ContentType.JSON).body(c.body(good))
                    .when().post("/api/v1/units"), c);
        }
        given().auth().oauth2(admin).when().get("/api/v1/units/99401").then().statusCode(404);

        Response unit = given().auth().oauth2(admin).when().get("/api/v1/units/" + DemoData.CAT_HAI);
        Map<String, Object> same = Map.of("code", DemoData.CAT_HAI, "name", unit.path("name"), "type", "DAC_KHU",
                "parentCode", "31");
        for (Case c : cases.subList(0, 3)) {
            refused(given().auth().oauth2(admin).contentType(ContentType.JSON).header("If-Match", unit.header("ETag"))
                    .body(c.body(same)).when().put("/api/v1/units/" + DemoData.CAT_HAI), c);
        }
        given().auth().oauth2(admin).when().get("/api/v1/units/" + DemoData.CAT_HAI).then().statusCode(200)
                .header("ETag", unit.header("ETag")).body("name", equalTo(unit.path("name")));
    }

    @Test
    void badImportsAndQueriesAreRefused() {
        String admin = TestTokens.cityAdmin();
        given().auth().oauth2(admin).contentType("text/csv; charset=UTF-8").body("code,name\n99501,Thiếu\n")
                .when().post("/api/v1/units/import").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("header"));
        given().auth().oauth2(admin).contentType("text/csv; charset=UTF-8")
                .body("code,name,type,parent_code\n99501,Tên\u0000,xa,31\n")
                .when().post("/api/v1/units/import").then().statusCode(200)
                .body("failed", equalTo(1)).body("results[0].row", equalTo(2)).body("results[0].column", equalTo("name"));
        given().auth().oauth2(admin).when().get("/api/v1/units/99501").then().statusCode(404);
        given().auth().oauth2(admin).queryParam("q", "phu\u0000lien").when().get("/api/v1/units")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("q"));
        given().auth().oauth2(admin).queryParam("q", "p".repeat(201)).when().get("/api/v1/plans")
                .then().statusCode(400).body("errors[0].field", equalTo("q"));
        given().auth().oauth2(admin).queryParam("year", 3000).when().get("/api/v1/plans")
                .then().statusCode(400).body("errors[0].field", equalTo("year"));
    }
}
