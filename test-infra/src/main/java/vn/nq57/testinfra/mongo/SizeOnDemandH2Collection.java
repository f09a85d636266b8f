package vn.nq57.testinfra.mongo;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.MVMap;

/**
 * A collection whose data size is measured when it is asked for (collStats, validate) instead of at
 * every write. The stock collection keeps a running total: it BSON-encodes each inserted and removed
 * document, and each updated one twice (before and after), then writes the total to the store. In a
 * profiled national burst that was 12 % of the launcher's CPU, for a figure only collStats reads.
 */
final class SizeOnDemandH2Collection extends H2Collection {

    SizeOnDemandH2Collection(MongoDatabase database, String collectionName, CollectionOptions options,
            MVMap<Object, Document> dataMap, MVMap<String, Object> metaMap, CursorRegistry cursors) {
        super(database, collectionName, options, dataMap, metaMap, cursors);
    }

    @Override
    protected boolean tracksDataSize() {
        return false;
    }

    @Override
    protected synchronized int getDataSize() {
        long total = streamAllDocumentsWithPosition().mapToLong(d -> DocumentValueType.encodedSize(d.getDocument())).sum();
        return (int) Math.min(Integer.MAX_VALUE, total);
    }
}
