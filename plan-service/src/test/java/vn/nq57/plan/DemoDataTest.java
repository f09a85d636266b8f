package vn.nq57.plan;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import vn.nq57.contracts.demo.DemoData;
import vn.nq57.contracts.events.EventCodec;
import vn.nq57.contracts.events.EventEnvelope;
import vn.nq57.contracts.events.PlanSnapshot;
import vn.nq57.contracts.events.Topics;
import vn.nq57.contracts.events.UnitSnapshot;
import vn.nq57.plan.demo.DemoDataLoader;
import vn.nq57.testinfra.EventReader;
import vn.nq57.testinfra.TestTokens;

@QuarkusTest
@QuarkusTestResource(value = vn.nq57.testinfra.PlatformTestResource.class, restrictToAnnotatedClass = false, initArgs = {
    @ResourceArg(name = "servers", value = "postgres,kafka,oidc"),
    @ResourceArg(name = "database", value = "plan")})
class DemoDataTest {

    @Inject
    DemoDataLoader loader;

    @Test
    void demoUnitsAndPlansAreLoaded() {
        given().auth().oauth2(TestTokens.cityAdmin()).queryParam("parent", DemoData.CITY_CODE).queryParam("size", 1)
                .when().get("/api/v1/units")
                .then().statusCode(200).body("total", org.hamcrest.Matchers.greaterThanOrEqualTo(114));
        given().auth().oauth2(TestTokens.cityAdmin()).when().get("/api/v1/units/" + DemoData.AN_HUNG)
                .then().statusCode(200).body("fullName", equalTo("Xã An Hưng")).body("type", equalTo("XA"))
                .body("offices", hasItem("Phòng Văn hóa - Xã hội"));

        given().auth().oauth2(TestTokens.cityStaff()).when().get("/api/v1/plans/" + DemoData.CITY_PLAN_192)
                .then().statusCode(200)
                .body("status", equalTo("ISSUED"))
                .body("numberSymbol", equalTo("192/KH-UBND"))
                .body("issuedOn", equalTo("2025-08-08"))
                .body("unitCode", equalTo("31"))
                .body("legalBases.numberSymbol", hasItem("57-NQ/TW"));

        given().auth().oauth2(TestTokens.unitOfficer(DemoData.AN_HUNG))
                .when().get("/api/v1/plans/" + DemoData.AN_HUNG_PLAN_2026)
                .then().statusCode(200)
                .body("status", equalTo("DRAFT"))
                .body("parentPlanId", equalTo(DemoData.CITY_PLAN_67.toString()))
                .body("contentThemes.code", hasItems("1.1", "1.2", "1.3", "1.4", "1.5"))
                .body("channels.channel", hasItems("PORTAL", "RADIO_LOUDSPEAKER", "BINH_DAN_HOC_VU_SO"))
                .body("assignments[0].office", equalTo("Phòng Văn hóa - Xã hội xã"))
                .body("assignments[0].role", equalTo("LEAD"))
                .body("signer.capacityLines", hasItems("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"))
                .body("signer.name", equalTo("Ngô Thị Hải Ninh"));

        given().auth().oauth2(TestTokens.cityStaff()).when().get("/api/v1/plans/" + DemoData.CITY_PLAN_67)
                .then().statusCode(200)
                .body("status", equalTo("ISSUED"))
                .body("numberSymbol", equalTo("67/KH-UBND"))
                .body("issuedOn", equalTo("2026-02-27"));

        given().auth().oauth2(TestTokens.otherCityAdmin()).when().get("/api/v1/plans/" + DemoData.PHU_LUONG_PLAN_2025)
                .then().statusCode(200)
                .body("unitCode", equalTo(DemoData.PHU_LUONG))
                .body("legalBases.numberSymbol", hasItems("57-NQ/TW", "71/NQ-CP", "179/KH-UBND"))
                .body("contentThemes.find { it.code == '3' }.children.code", hasItems("a)", "b)", "c)", "d)"))
                .body("signer.name", equalTo("Lê Văn Huấn"));
    }

    @Test
    void unitFactsFromTheSeedReportsAreLoaded() {
        given().auth().oauth2(TestTokens.cityStaff()).when().get("/api/v1/units/" + DemoData.PHU_LIEN)
                .then().statusCode(200)
                .body("facts.find { it.code == 'RESIDENTIAL_GROUPS' }.value", equalTo(40))
                .body("facts.find { it.code == 'WORK_TEAMS' }.value", equalTo(10));
        given().auth().oauth2(TestTokens.cityStaff()).when().get("/api/v1/units/" + DemoData.CAT_HAI)
                .then().statusCode(200)
                .body("facts.find { it.code == 'POPULATION' }.value", equalTo(71000))
                .body("facts.find { it.code == 'POPULATION' }.qualifier", equalTo("ABOUT"))
                .body("facts.find { it.code == 'AREA_KM2' }.value", equalTo(286.98f))
                .body("facts.find { it.code == 'AREA_KM2' }.unitOfMeasure", equalTo("km²"))
                .body("facts.find { it.code == 'VILLAGES' }.value", equalTo(58));
        try (EventReader units = new EventReader(Topics.UNITS)) {
            UnitSnapshot catHai = EventCodec.data(units.await(r -> r.key().equals(DemoData.CAT_HAI)
                    && EventCodec.data(r.event(), UnitSnapshot.class).facts() != null
                    && !EventCodec.data(r.event(), UnitSnapshot.class).facts().isEmpty(), Duration.ofSeconds(30)).event(),
                    UnitSnapshot.class);
            assertEquals(0, new java.math.BigDecimal("286.98").compareTo(catHai.facts().stream()
                    .filter(f -> f.code().equals("AREA_KM2")).findFirst().orElseThrow().value()));
        }
    }

    @Test
    void coverageOfPlan192ShowsTheUnitPlansTheReportsCite() {
        given().auth().oauth2(TestTokens.cityStaff()).when().get("/api/v1/plans/" + DemoData.CITY_PLAN_192 + "/coverage")
                .then().statusCode(200)
                .body("numberSymbol", equalTo("192/KH-UBND"))
                .body("issued.find { it.unitCode == '11446' }.numberSymbol", equalTo("48/KH-UBND"))
                .body("issued.find { it.unitCode == '11446' }.issuedOn", equalTo("2025-08-20"))
                .body("issued.find { it.unitCode == '11446' }.planId", equalTo(DemoData.PHU_LIEN_PLAN_48.toString()))
                .body("issued.find { it.unitCode == '11914' }.numberSymbol", equalTo("36/KH-UBND"))
                .body("issued.find { it.unitCode == '11914' }.issuedOn", equalTo("2025-08-18"))
                .body("notIssued.unitCode", hasItem(DemoData.AN_HUNG));
        // An Hưng's 2026 plan implements 67/KH-UBND: it drafts against 67, not 192.
        given().auth().oauth2(TestTokens.cityStaff()).when().get("/api/v1/plans/" + DemoData.CITY_PLAN_67 + "/coverage")
                .then().statusCode(200)
                .body("notIssued.find { it.unitCode == '11674' }.draftPlanId", equalTo(DemoData.AN_HUNG_PLAN_2026.toString()));
    }

    @Test
    void demoLoadingPublishesEventsAndIsIdempotent() throws Throwable {
        try (EventReader units = new EventReader(Topics.UNITS); EventReader plans = new EventReader(Topics.PLANS)) {
            EventReader.Received unit = units.await(r -> r.key().equals(DemoData.PHU_LIEN), Duration.ofSeconds(30));
            UnitSnapshot phuLien = EventCodec.data(unit.event(), UnitSnapshot.class);
            assertEquals("Phường Phù Liễn", phuLien.fullName());
            assertEquals("31", phuLien.parentCode());
            assertEquals(EventEnvelope.CONTENT_TYPE, unit.headers().get("content-type"));

            EventReader.Received issued = plans.await(r -> r.key().equals(DemoData.CITY_PLAN_192.toString())
                    && r.event().type().equals("vn.nq57.plan.issued"), Duration.ofSeconds(30));
            PlanSnapshot plan = EventCodec.data(issued.event(), PlanSnapshot.class);
            assertEquals("192/KH-UBND", plan.numberSymbol());
            assertEquals("urn:nq57:plan-service", issued.event().source());
        }

        DemoDataLoader.Result again = io.quarkus.vertx.VertxContextSupport.subscribeAndAwait(() -> loader.load());
        assertEquals(0, again.units().created());
        assertEquals(0, again.units().failed());
        assertEquals(0, again.plansCreated());
        assertEquals(0, again.officesSet());
        assertEquals(0, again.factsSet());
        assertEquals(117, again.units().rows());
    }
}
