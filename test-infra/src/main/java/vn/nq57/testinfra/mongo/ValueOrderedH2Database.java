package vn.nq57.testinfra.mongo;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import java.util.List;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * Opens collections whose documents are stored as BSON ({@link DocumentValueType}) and whose data
 * size is measured on demand ({@link SizeOnDemandH2Collection}), on the stock backend's maps.
 *
 * <p>Opens unique indexes as maps ordered by {@link KeyValueType}. A map's order is fixed when it is
 * written, so these maps have their own names ({@code <namespace>._index_<name>.by-value}). A store
 * the stock backend wrote has its index maps removed, and each index is rebuilt from the documents,
 * as mongo-java-server fills any empty index it adds to a collection.
 */
final class ValueOrderedH2Database extends H2Database {

    private static final String SUFFIX = ".by-value";
    /** The store while a database is constructed: the superclass opens the indexes before our field is set. */
    private static final ThreadLocal<MVStore> CONSTRUCTING = new ThreadLocal<>();

    private final MVStore store;

    static ValueOrderedH2Database open(String databaseName, MVStore store, CursorRegistry cursors) {
        CONSTRUCTING.set(store);
        try {
            return new ValueOrderedH2Database(databaseName, store, cursors);
        } finally {
            CONSTRUCTING.remove();
        }
    }

    private ValueOrderedH2Database(String databaseName, MVStore store, CursorRegistry cursors) {
        super(databaseName, store, cursors);
        this.store = store;
    }

    @Override
    protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
            boolean sparse) {
        MVStore mvStore = store();
        String stockName = stockMapName(collectionName, indexName);
        MVMap<KeyValue, Object> map = open(mvStore, stockName);
        if (mvStore.hasMap(stockName)) {
            // Written by the stock backend: before this class, or by an older launcher since. Emptied,
            // the index is rebuilt from the collection's documents when the collection adds it. The
            // old map is opened with its own type before it is removed: MVStore.removeMap(name) opens a
            // closed map with a generic type that cannot compare, and a background compaction rewriting
            // its pages meanwhile failed and closed the store (at the first start on a national store).
            map.clear();
            mvStore.removeMap(mvStore.openMap(stockName));
        }
        return new ValueOrderedUniqueIndex(map, indexName, keys, sparse);
    }

    /** The value-ordered map of an index, by the name the stock backend gives it (opened, or created). */
    private static MVMap<KeyValue, Object> open(MVStore store, String stockName) {
        return store.openMap(stockName + SUFFIX, new MVMap.Builder<KeyValue, Object>().keyType(new KeyValueType()));
    }

    /** Removes the map opened with its own key type, for the reason given above. */
    @Override
    protected void dropIndex(MongoCollection<Object> collection, String indexName) {
        super.dropIndex(collection, indexName);
        MVStore mvStore = store();
        mvStore.removeMap(open(mvStore, stockMapName(collection.getCollectionName(), indexName)));
    }

    /**
     * A collection on the stock backend's maps (by the stock names), its documents stored as BSON
     * ({@link DocumentValueType}) and its data size measured on demand ({@link SizeOnDemandH2Collection}).
     */
    @Override
    protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
        String namespace = getFullCollectionNamespace(collectionName);
        MVStore mvStore = store();
        MVMap<Object, Document> data = mvStore.openMap("databases." + namespace,
                new MVMap.Builder<Object, Document>().valueType(new DocumentValueType()));
        MVMap<String, Object> meta = mvStore.openMap("meta." + namespace);
        return new SizeOnDemandH2Collection(this, collectionName, options, data, meta, cursorRegistry);
    }

    /** The name the stock backend gives an index's map. */
    private String stockMapName(String collectionName, String indexName) {
        return getFullCollectionNamespace(collectionName) + "._index_" + indexName;
    }

    private MVStore store() {
        return store != null ? store : CONSTRUCTING.get();
    }
}
