package vn.nq57.testinfra.mongo;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.ValueComparator;
import java.util.Comparator;
import org.h2.mvstore.type.ObjectDataType;

/**
 * Index keys stored as H2's object type stores them (Java-serialized), but ordered by their values
 * in MongoDB's order, field by field, without serializing anything.
 */
final class KeyValueType extends ObjectDataType {

    private static final Comparator<Object> VALUES = ValueComparator.ascWithoutListHandling();

    @Override
    public int compare(Object a, Object b) {
        if (a instanceof KeyValue x && b instanceof KeyValue y) {
            return compare(x, y);
        }
        return super.compare(a, b);
    }

    static int compare(KeyValue a, KeyValue b) {
        int fields = Math.min(a.size(), b.size());
        for (int i = 0; i < fields; i++) {
            int order = VALUES.compare(a.get(i), b.get(i));
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(a.size(), b.size());
    }
}
