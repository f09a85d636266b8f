package vn.nq57.aggregation.synthesis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class AddresseeAliasesTest {

    private final AddresseeAliases aliases = AddresseeAliases.BUILT_IN;

    @Test
    void theWaysUnitsWriteTheCityAreOneAddressee() {
        for (String written : List.of("thành phố", "UBND thành phố", "UBND TP", "ubnd tp.", "Ủy ban nhân dân thành phố",
                "Uỷ ban nhân dân Thành phố", "UBND thanh pho")) {
            assertEquals("UBND thành phố", aliases.normalise(written), written);
        }
    }

    @Test
    void theDepartmentsAbbreviationsAreTheirFullNames() {
        for (String written : List.of("Sở KH&CN", "Sở KH & CN", "sở kh và cn", "SKHCN", "Sở KHCN",
                "Sở Khoa học và Công nghệ", "so khoa hoc va cong nghe")) {
            assertEquals("Sở Khoa học và Công nghệ", aliases.normalise(written), written);
        }
        assertEquals("Sở Văn hóa, Thể thao và Du lịch", aliases.normalise("Sở VHTTDL"));
    }

    @Test
    void anUnknownAddresseeKeepsItsOwnWordsAndNoneStaysNone() {
        assertEquals("Công an thành phố", aliases.normalise("  Công an thành phố "));
        assertNull(aliases.normalise(null));
        assertNull(aliases.normalise(" "));
    }

    @Test
    void twoEntriesMayNotClaimOneSpelling() {
        AddresseeAliases bad = new AddresseeAliases(List.of(
                new AddresseeAlias("UBND thành phố", List.of("UBND TP")),
                new AddresseeAlias("Sở Tài chính", List.of("ubnd tp", "!!"))));
        assertEquals(List.of("entries[1].aliases[0]", "entries[1].aliases[1]"),
                bad.problems().stream().map(e -> e.field()).toList());
        assertTrue(AddresseeAliases.BUILT_IN.problems().isEmpty());
    }
}
