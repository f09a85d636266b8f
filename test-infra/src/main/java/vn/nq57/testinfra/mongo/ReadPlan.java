package vn.nq57.testinfra.mongo;

import de.bwaldvogel.mongo.backend.Utils;
import de.bwaldvogel.mongo.bson.Document;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which top-level fields of stored documents a query reads: those its filter and its sort name, and,
 * when its projection includes fields, those the projection names and the id. Matching, sorting,
 * skipping and limiting on these fields alone gives what the whole documents give; a query whose
 * projection includes fields is even answered from them, and any other query decodes only the
 * documents it returns.
 *
 * @param fields the fields to decode from each stored document
 * @param answeredFromFields whether the projection can be applied to those fields instead of the whole document
 */
record ReadPlan(List<StoredBson.FieldName> fields, boolean answeredFromFields) {

    /** Empty when the filter or the sort may read any field ({@code $expr}, {@code $where}, {@code $text}, ...). */
    static Optional<ReadPlan> of(Document filter, Document orderBy, Document projection, String idField) {
        Optional<Set<String>> filterFields = QueryFields.of(filter);
        if (filterFields.isEmpty()) {
            return Optional.empty();
        }
        Set<String> names = new LinkedHashSet<>(filterFields.get());
        if (orderBy != null) {
            for (String key : orderBy.keySet()) {
                if (key.equals("$natural")) {
                    continue;
                }
                if (key.startsWith("$")) {
                    return Optional.empty();
                }
                names.add(QueryFields.topLevel(key));
            }
        }
        boolean answeredFromFields = includesFields(projection, idField);
        if (answeredFromFields) {
            projection.keySet().forEach(key -> names.add(QueryFields.topLevel(key)));
            names.add(idField);
        }
        return Optional.of(new ReadPlan(names.stream().map(StoredBson.FieldName::of).toList(), answeredFromFields));
    }

    /**
     * Whether the projection lists the fields it keeps (rather than those it drops), as
     * mongo-java-server's projection decides: a value other than false, 0 or null on any field, the id
     * included. Such a projection reads only the fields it names and the id.
     */
    private static boolean includesFields(Document projection, String idField) {
        return projection != null && idField != null
                && projection.values().stream().anyMatch(Utils::isTrue);
    }
}
