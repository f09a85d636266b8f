package vn.nq57.aggregation.synthesis;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.nq57.contracts.problem.FieldError;

/**
 * The alias table that turns how units write an addressee into one name: "thành phố", "UBND thành
 * phố", "UBND TP" are "UBND thành phố"; "Sở KH&CN" is "Sở Khoa học và Công nghệ". Matching ignores
 * accents, case and punctuation; an addressee the table does not know keeps its own words.
 */
public record AddresseeAliases(@NotNull @Size(max = MAX_ENTRIES) List<@NotNull @Valid AddresseeAlias> entries) {

    public static final int MAX_ENTRIES = 100;
    public static final int MAX_ALIASES = 30;

    public static final AddresseeAliases BUILT_IN = new AddresseeAliases(List.of(
            new AddresseeAlias("UBND thành phố", List.of("thành phố", "UBND TP", "Ủy ban nhân dân thành phố",
                    "UBND thành phố Hải Phòng", "UBND TP Hải Phòng", "Ủy ban nhân dân thành phố Hải Phòng", "TP")),
            new AddresseeAlias("Sở Khoa học và Công nghệ", List.of("Sở KH&CN", "Sở KHCN", "SKHCN", "Sở KH và CN",
                    "Sở Khoa học - Công nghệ", "Sở Khoa học Công nghệ")),
            new AddresseeAlias("Sở Văn hóa, Thể thao và Du lịch", List.of("Sở VHTTDL", "SVHTTDL", "Sở VH,TT&DL",
                    "Sở VH-TT&DL", "Sở Văn hóa Thể thao và Du lịch")),
            new AddresseeAlias("Sở Nội vụ", List.of("SNV")),
            new AddresseeAlias("Sở Tài chính", List.of("STC")),
            new AddresseeAlias("Trung ương", List.of("cấp trên", "Chính phủ", "các Bộ, ngành Trung ương"))));

    /** The canonical name of an addressee; null stays null (recommendations without an addressee). */
    public String normalise(String addressee) {
        if (addressee == null || addressee.isBlank()) {
            return null;
        }
        String name = index().get(key(addressee));
        return name != null ? name : addressee.strip();
    }

    /** Every alias key (and each name's own key) to its name. */
    private Map<String, String> index() {
        Map<String, String> index = new HashMap<>();
        for (AddresseeAlias entry : entries) {
            index.put(key(entry.name()), entry.name());
            entry.aliases().forEach(a -> index.putIfAbsent(key(a), entry.name()));
        }
        return index;
    }

    /** Two entries may not claim the same spelling. */
    public List<FieldError> problems() {
        List<FieldError> errors = new ArrayList<>();
        Map<String, String> owner = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            AddresseeAlias entry = entries.get(i);
            List<String> spellings = new ArrayList<>(entry.aliases());
            spellings.add(0, entry.name());
            for (int a = 0; a < spellings.size(); a++) {
                String key = key(spellings.get(a));
                String field = a == 0 ? "entries[" + i + "].name" : "entries[" + i + "].aliases[" + (a - 1) + "]";
                if (key.isEmpty()) {
                    errors.add(new FieldError(field, "has no letter or digit"));
                    continue;
                }
                String previous = owner.putIfAbsent(key, entry.name());
                if (previous != null && !previous.equals(entry.name())) {
                    errors.add(new FieldError(field, "\"" + spellings.get(a) + "\" already names " + previous));
                }
            }
        }
        return errors;
    }

    /** Folded, "&" and "và" the same, punctuation as spaces: "Sở KH&CN" and "so kh va cn" meet. */
    static String key(String text) {
        return (" " + ThemeCatalogue.words(text.replace("&", " và ")) + " ").replace(" va ", " ")
                .replace(".", " ").replaceAll(" +", " ").trim();
    }
}
