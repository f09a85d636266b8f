package vn.nq57.testinfra.mongo;

import de.bwaldvogel.mongo.bson.Document;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The top-level fields a query filter reads, when they can be told from the filter alone. */
final class QueryFields {

    private static final Set<String> CLAUSE_LISTS = Set.of("$and", "$or", "$nor");

    private QueryFields() {
    }

    /**
     * The first segment of every field path in the filter and in its {@code $and}, {@code $or} and
     * {@code $nor} clauses; empty when the filter has another top-level operator ({@code $expr},
     * {@code $where}, {@code $text}, ...), which may read any field.
     */
    static Optional<List<StoredBson.FieldName>> of(Document filter) {
        Set<String> names = new LinkedHashSet<>();
        if (!collect(filter, names)) {
            return Optional.empty();
        }
        List<StoredBson.FieldName> fields = new ArrayList<>(names.size());
        names.forEach(name -> fields.add(StoredBson.FieldName.of(name)));
        return Optional.of(fields);
    }

    private static boolean collect(Document filter, Set<String> names) {
        for (Map.Entry<String, Object> entry : filter.entrySet()) {
            String key = entry.getKey();
            if (CLAUSE_LISTS.contains(key)) {
                if (!collectClauses(entry.getValue(), names)) {
                    return false;
                }
            } else if (key.startsWith("$")) {
                return false;
            } else {
                int dot = key.indexOf('.');
                names.add(dot < 0 ? key : key.substring(0, dot));
            }
        }
        return true;
    }

    private static boolean collectClauses(Object clauses, Set<String> names) {
        if (!(clauses instanceof Collection<?> list)) {
            return false;
        }
        for (Object clause : list) {
            if (!(clause instanceof Document filter) || !collect(filter, names)) {
                return false;
            }
        }
        return true;
    }
}
