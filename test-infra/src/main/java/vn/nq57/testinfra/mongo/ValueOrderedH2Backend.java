package vn.nq57.testinfra.mongo;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.h2.mvstore.MVStore;

/**
 * mongo-java-server's H2 backend with unique indexes whose keys are compared as values. The stock
 * backend opens each index as an MVStore map with H2's generic object type, which compares keys it
 * does not know (mongo-java-server's {@code KeyValue}) by Java-serializing both on every step of a
 * B-tree search: in a profiled national burst that was 17 % of the launcher's CPU, for lookups by
 * {@code _id}. Documents are stored as BSON and collection sizes measured on demand. See
 * {@link ValueOrderedH2Database} for how existing stores are carried over.
 */
public final class ValueOrderedH2Backend extends H2Backend {

    public ValueOrderedH2Backend(MVStore store) {
        super(store);
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return ValueOrderedH2Database.open(databaseName, getMvStore(), getCursorRegistry());
    }
}
