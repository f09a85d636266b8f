package vn.nq57.plan;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.nq57.contracts.events.EventCodec;
import vn.nq57.contracts.events.Topics;
import vn.nq57.contracts.events.UnitSnapshot;
import vn.nq57.contracts.events.UnitType;
import vn.nq57.testinfra.EventReader;
import vn.nq57.testinfra.PlatformTestResource;
import vn.nq57.testinfra.TestTokens;

@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, restrictToAnnotatedClass = false, initArgs = {
    @ResourceArg(name = "servers", value = "postgres,kafka,oidc"),
    @ResourceArg(name = "database", value = "plan")})
class UnitApiTest {

    @Test
    void listFiltersSearchesAndPages() {
        String staff = TestTokens.cityStaff();
        given().auth().oauth2(staff).queryParam("parent", "31").queryParam("type", "DAC_KHU")
                .when().get("/api/v1/units")
                .then().statusCode(200).body("total", equalTo(2)).body("items.type", everyItem(equalTo("DAC_KHU")))
                .body("items.code", hasItem("11914"));
        given().auth().oauth2(staff).queryParam("q", "PHU LIEN").when().get("/api/v1/units")
                .then().statusCode(200).body("items.fullName", hasItem("Phường Phù Liễn"));
        given().auth().oauth2(staff).queryParam("parent", "31").queryParam("page", 1).queryParam("size", 10)
                .when().get("/api/v1/units")
                .then().statusCode(200).body("page", equalTo(1)).body("size", equalTo(10))
                .body("items.size()", equalTo(10)).body("total", greaterThanOrEqualTo(114));
        given().auth().oauth2(staff).queryParam("q", "phu luong").when().get("/api/v1/units")
                .then().statusCode(200).body("total", equalTo(0));
        // The integration client works for Hải Phòng: Hà Nội's Phú Lương is outside its province.
        given().auth().oauth2(TestTokens.integration()).queryParam("q", "phu luong").when().get("/api/v1/units")
                .then().statusCode(200).body("total", equalTo(0));
        given().auth().oauth2(TestTokens.integration()).queryParam("q", "phu lien").when().get("/api/v1/units")
                .then().statusCode(200).body("items.code", hasItem("11446"));
        given().auth().oauth2(staff).queryParam("size", 500).when().get("/api/v1/units")
                .then().statusCode(400).body("errors[0].field", equalTo("size"));
    }

    @Test
    void factsAreCheckedKeptWhenAbsentAndReplacedWhenSent() {
        String admin = TestTokens.cityAdmin();
        Map<String, Object> population = Map.of("code", "POPULATION", "label", "Dân số", "qualifier", "ABOUT",
                "value", 12000, "unitOfMeasure", "người");
        Response created = given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("code", "99021", "name", "Có Số Liệu", "type", "XA", "parentCode", "31",
                        "facts", List.of(population)))
                .when().post("/api/v1/units");
        created.then().statusCode(201).body("facts[0].code", equalTo("POPULATION")).body("facts[0].value", equalTo(12000));
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("code", "99022", "name", "Trùng", "type", "XA", "parentCode", "31",
                        "facts", List.of(population, Map.of("code", "area", "value", -1))))
                .when().post("/api/v1/units")
                .then().statusCode(400)
                .body("errors.field", hasItems("facts[1].code", "facts[1].value"));
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("code", "99022", "name", "Trùng", "type", "XA", "parentCode", "31",
                        "facts", List.of(population, population, Map.of("code", "AREA_KM2", "qualifier", "RANGE", "value", 5))))
                .when().post("/api/v1/units")
                .then().statusCode(400)
                .body("errors.field", hasItems("facts[1].code", "facts[2].qualifier"));
        given().auth().oauth2(admin).when().get("/api/v1/units/99022").then().statusCode(404);

        Map<String, Object> rename = Map.of("code", "99021", "name", "Có Số Liệu Mới", "type", "XA", "parentCode", "31");
        Response renamed = given().auth().oauth2(admin).contentType(ContentType.JSON)
                .header("If-Match", created.header("ETag")).body(rename).when().put("/api/v1/units/99021");
        renamed.then().statusCode(200).body("facts[0].value", equalTo(12000));
        Map<String, Object> clear = Map.of("code", "99021", "name", "Có Số Liệu Mới", "type", "XA", "parentCode", "31",
                "facts", List.of());
        given().auth().oauth2(admin).contentType(ContentType.JSON).header("If-Match", renamed.header("ETag")).body(clear)
                .when().put("/api/v1/units/99021")
                .then().statusCode(200).body("facts.size()", equalTo(0));
    }

    @Test
    void createChangeAndDeactivateWithETagsAndEvents() {
        String admin = TestTokens.cityAdmin();
        Map<String, Object> body = Map.of("code", "99001", "name", "Thử Nghiệm", "type", "XA", "parentCode", "31");
        Response created = given().auth().oauth2(admin).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/units");
        created.then().statusCode(201).body("fullName", equalTo("Xã Thử Nghiệm")).body("active", equalTo(true));
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(body).when().post("/api/v1/units")
                .then().statusCode(409).body("errors[0].field", equalTo("code"));
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("code", "99009", "name", " ", "type", "XA", "parentCode", "31"))
                .when().post("/api/v1/units")
                .then().statusCode(400).body("errors.field", hasItems("name"));
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("code", "123", "name", "Sai", "type", "XA", "parentCode", "7x"))
                .when().post("/api/v1/units")
                .then().statusCode(400).body("errors.field", hasItems("code", "parentCode"));

        Map<String, Object> change = Map.of("code", "99001", "name", "Thử Nghiệm", "type", "XA", "parentCode", "31",
                "offices", List.of("Phòng Văn hóa - Xã hội", "Văn phòng HĐND-UBND", "Phòng Kinh tế"));
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(change).when().put("/api/v1/units/99001")
                .then().statusCode(428);
        given().auth().oauth2(admin).contentType(ContentType.JSON).header("If-Match", "\"41\"").body(change)
                .when().put("/api/v1/units/99001")
                .then().statusCode(412);
        Response changed = given().auth().oauth2(admin).contentType(ContentType.JSON)
                .header("If-Match", created.header("ETag")).body(change).when().put("/api/v1/units/99001");
        changed.then().statusCode(200).body("offices", hasItems("Phòng Văn hóa - Xã hội", "Phòng Kinh tế"))
                .body("revision", equalTo(2));
        given().auth().oauth2(admin).header("If-Match", changed.header("ETag")).when().delete("/api/v1/units/99001")
                .then().statusCode(200).body("active", equalTo(false));

        try (EventReader reader = new EventReader(Topics.UNITS)) {
            List<EventReader.Received> events = reader.awaitCount(r -> r.key().equals("99001"), 3, Duration.ofSeconds(30));
            UnitSnapshot first = EventCodec.data(events.get(0).event(), UnitSnapshot.class);
            assertEquals(UnitType.XA, first.type());
            assertEquals("31", first.parentCode());
            UnitSnapshot second = EventCodec.data(events.get(1).event(), UnitSnapshot.class);
            assertEquals(List.of("Phòng Văn hóa - Xã hội", "Văn phòng HĐND-UBND", "Phòng Kinh tế"), second.offices());
            UnitSnapshot last = EventCodec.data(events.get(2).event(), UnitSnapshot.class);
            assertEquals(false, last.active());
            assertEquals(3, last.revision());
        }
    }

    @Test
    void csvImportStoresGoodRowsAndReportsBadOnes() {
        String csv = """
                # test file
                code,name,full_name,type,parent_code
                99002,Hòa Bình Mới,Xã Hòa Bình Mới,xa,31
                11446,Phù Liễn,Phường Phù Liễn,phuong,31
                99004,Thôn Lạ,Xã Thôn Lạ,village,31
                12,Sai Mã,Xã Sai Mã,xa,31
                99005,Không Cha,Xã Không Cha,xa,88
                99006,Hà Nội Mới,Phường Hà Nội Mới,phuong,01
                99002,Hòa Bình Mới,Xã Hòa Bình Mới,xa,31
                99007,Thiếu Cột,xa,31
                """;
        given().auth().oauth2(TestTokens.cityAdmin()).contentType("text/csv; charset=UTF-8").body(csv)
                .when().post("/api/v1/units/import")
                .then().statusCode(200)
                .body("rows", equalTo(8)).body("created", equalTo(1)).body("unchanged", equalTo(1))
                .body("failed", equalTo(6))
                .body("results[0].row", equalTo(3)).body("results[0].outcome", equalTo("CREATED"))
                .body("results[1].outcome", equalTo("UNCHANGED"))
                .body("results[2].column", equalTo("type"))
                .body("results[2].reason", equalTo("must be one of city, province, xa, phuong, dac_khu"))
                .body("results[3].column", equalTo("code"))
                .body("results[3].reason", equalTo("code a commune-level code has 5 digits"))
                .body("results[4].column", equalTo("parent_code"))
                .body("results[4].reason", equalTo("parent_code unknown unit 88"))
                .body("results[5].column", equalTo("parent_code"))
                .body("results[5].reason", equalTo("unit would belong to province 01, outside your province"))
                .body("results[6].reason", equalTo("code 99002 appears more than once in the file"))
                .body("results[7].row", equalTo(10)).body("results[7].reason", equalTo("expected 5 fields, found 4"));
        given().auth().oauth2(TestTokens.cityAdmin()).when().get("/api/v1/units/99002")
                .then().statusCode(200).body("fullName", equalTo("Xã Hòa Bình Mới"));
        given().auth().oauth2(TestTokens.cityAdmin()).when().get("/api/v1/units/99005").then().statusCode(404);

        given().auth().oauth2(TestTokens.cityAdmin()).contentType("text/csv; charset=UTF-8")
                .body("code,name,type,parent_code\r\n99003,Thử Ba,phuong,31\r\n")
                .when().post("/api/v1/units/import")
                .then().statusCode(200).body("created", equalTo(1));
        given().auth().oauth2(TestTokens.cityAdmin()).when().get("/api/v1/units/99003")
                .then().statusCode(200).body("fullName", equalTo("Phường Thử Ba")).body("type", equalTo("PHUONG"));

        given().auth().oauth2(TestTokens.cityAdmin()).contentType("text/csv; charset=UTF-8").body("ma,ten\n1,2\n")
                .when().post("/api/v1/units/import")
                .then().statusCode(400).body("errors[0].field", equalTo("header"));
    }
}
