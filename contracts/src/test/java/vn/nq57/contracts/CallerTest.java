package vn.nq57.contracts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.nq57.contracts.security.Caller;
import vn.nq57.contracts.security.Roles;

class CallerTest {

    private final Caller officer = new Caller("o", Set.of(Roles.UNIT_OFFICER), "11446", null);
    private final Caller staff = new Caller("s", Set.of(Roles.CITY_STAFF), null, "31");
    private final Caller admin = new Caller("a", Set.of(Roles.CITY_ADMIN), null, "31");
    private final Caller integration = new Caller("i", Set.of(Roles.INTEGRATION), null, "31");

    @Test
    void officerReadsAndWritesOnlyTheirUnit() {
        assertTrue(officer.canRead("11446", "31"));
        assertTrue(officer.canWrite("11446", "31"));
        assertFalse(officer.canRead("11914", "31"));
        assertFalse(officer.canWrite("11914", "31"));
    }

    @Test
    void cityRolesAreScopedToTheirProvince() {
        assertTrue(staff.canRead("11914", "31"));
        assertFalse(staff.canWrite("11914", "31"));
        assertFalse(staff.canRead("09568", "01"));
        assertTrue(admin.canWrite("11914", "31"));
        assertFalse(admin.canWrite("09568", "01"));
    }

    @Test
    void integrationReadsButNeverWrites() {
        assertTrue(integration.canRead("11446", "31"));
        assertFalse(integration.canRead("09568", "01"));
        assertFalse(integration.canWrite("11446", "31"));
        assertFalse(new Caller("x", Set.of(Roles.UNIT_OFFICER), null, null).canRead("11446", "31"));
    }

    @Test
    void aTokenWithoutProvinceCoversNoProvince() {
        Caller noProvince = new Caller("e", Set.of(Roles.INTEGRATION, Roles.CITY_ADMIN), null, null);
        assertFalse(noProvince.coversProvince("31"));
        assertFalse(noProvince.coversProvince(null));
        assertFalse(noProvince.canRead("11446", "31"));
        assertFalse(noProvince.canWrite("11446", "31"));
    }
}
