package vn.nq57.plan;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.nq57.contracts.demo.DemoData;
import vn.nq57.testinfra.PlatformTestResource;
import vn.nq57.testinfra.TestTokens;

/** The unit CSV import: another province's units stay where they are, and every field and the file are bounded. */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, restrictToAnnotatedClass = false, initArgs = {
    @ResourceArg(name = "servers", value = "postgres,kafka,oidc"),
    @ResourceArg(name = "database", value = "plan")})
class UnitImportBoundsTest {

    private static final String HEADER = "code,name,full_name,type,parent_code\n";

    private static Response importCsv(String token, String csv) {
        return given().auth().oauth2(token).contentType("text/csv; charset=UTF-8").body(csv)
                .when().post("/api/v1/units/import");
    }

    @Test
    void aHaiPhongAdminCannotMoveOrReactivateAHanoiUnit() {
        String hanoi = TestTokens.otherCityAdmin();
        Response before = given().auth().oauth2(hanoi).when().get("/api/v1/units/" + DemoData.PHU_LUONG);
        before.then().statusCode(200).body("parentCode", equalTo("01"));
        given().auth().oauth2(hanoi).header("If-Match", before.header("ETag"))
                .when().delete("/api/v1/units/" + DemoData.PHU_LUONG).then().statusCode(200);

        importCsv(TestTokens.cityAdmin(), HEADER + "09568,Phú Lương,Phường Phú Lương,phuong,31\n")
                .then().statusCode(200).body("created", equalTo(0)).body("updated", equalTo(0))
                .body("failed", equalTo(1))
                .body("results[0].row", equalTo(2)).body("results[0].column", equalTo("code"))
                .body("results[0].reason", equalTo("unit 09568 belongs to province 01, outside your province"));

        given().auth().oauth2(hanoi).when().get("/api/v1/units/" + DemoData.PHU_LUONG)
                .then().statusCode(200).body("parentCode", equalTo("01")).body("active", equalTo(false));
        // Hà Nội's own admin may reactivate it by the same route.
        importCsv(hanoi, HEADER + "09568,Phú Lương,Phường Phú Lương,phuong,01\n")
                .then().statusCode(200).body("updated", equalTo(1));
        given().auth().oauth2(hanoi).when().get("/api/v1/units/" + DemoData.PHU_LUONG)
                .then().statusCode(200).body("active", equalTo(true));
    }

    /** Each bad row: the CSV line, then the column and the start of the reason the report must give. */
    @Test
    void everyFieldIsBoundedAndTheReportNamesRowAndColumn() {
        List<String[]> cases = List.of(
                new String[] {"99301," + "A".repeat(201) + ",,xa,31", "name", "must be at most 200 characters"},
                new String[] {"99302,Tên,Xã " + "B".repeat(253) + ",xa,31", "full_name", "must be at most 255"},
                new String[] {"99303,Tên\u0000Lạ,Xã Tên,xa,31", "name", "control character U+0000"},
                new String[] {"99304,Tên,Xã Tên\u001b,xa,31", "full_name", "control character U+001B"},
                new String[] {"993O5,Tên,Xã Tên,xa,31", "code", "must be 2 digits"},
                new String[] {"99306,Tên,Xã Tên,xa,3a", "parent_code", "must be the 2-digit code"},
                new String[] {"99307,Tên,Xã Tên," + "x".repeat(40) + ",31", "type", "must be one of"},
                new String[] {"99308,,Xã Tên,xa,31", "name", "name must not be blank"});
        StringBuilder csv = new StringBuilder(HEADER);
        cases.forEach(c -> csv.append(c[0]).append('\n'));
        Response report = importCsv(TestTokens.cityAdmin(), csv.toString());
        report.then().statusCode(200).body("failed", equalTo(cases.size())).body("created", equalTo(0));
        for (int i = 0; i < cases.size(); i++) {
            report.then().body("results[" + i + "].row", equalTo(i + 2))
                    .body("results[" + i + "].outcome", equalTo("ERROR"))
                    .body("results[" + i + "].column", equalTo(cases.get(i)[1]))
                    .body("results[" + i + "].reason", startsWith(cases.get(i)[2]));
        }
        for (String code : List.of("99301", "99302", "99303", "99304", "99306", "99307", "99308")) {
            given().auth().oauth2(TestTokens.cityAdmin()).when().get("/api/v1/units/" + code).then().statusCode(404);
        }
    }

    @Test
    void tooManyRowsOrBytesAreRefusedAsAWhole() {
        StringBuilder rows = new StringBuilder(HEADER);
        for (int i = 0; i <= 5000; i++) {
            rows.append(String.format("%05d,Xã %d,,xa,31%n", 60000 + i, i));
        }
        importCsv(TestTokens.cityAdmin(), rows.toString()).then().statusCode(413)
                .contentType("application/problem+json").body("type", equalTo("urn:nq57:problem:payload-too-large"));
        String big = HEADER + ("# " + "x".repeat(1000) + "\n").repeat(1100);
        importCsv(TestTokens.cityAdmin(), big).then().statusCode(413)
                .contentType("application/problem+json").body("type", equalTo("urn:nq57:problem:payload-too-large"));
        given().auth().oauth2(TestTokens.cityAdmin()).when().get("/api/v1/units/60000").then().statusCode(404);
        importCsv(TestTokens.cityAdmin(), "   ").then().statusCode(400).body("errors[0].field", equalTo("body"));
    }
}
