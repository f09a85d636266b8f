package vn.nq57.testinfra.mongo;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.AbstractSynchronizedMongoCollection;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.DocumentWithPosition;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.Utils;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.bson.Document;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.h2.mvstore.MVMap;

/**
 * A collection kept in an MVStore map of BSON bytes ({@link BsonBytesType}), decoded when read. Where
 * the stock collection keeps decoded documents, in a national burst the launcher's collector copied
 * and traced some 330,000 of them with their maps and strings, in pauses of up to 630 ms that froze
 * MongoDB and Kafka for every service.
 *
 * <p>A query no index answers looks at each document's bytes: only the top-level fields the filter
 * names are decoded to match it, and only the documents that match are decoded whole. The data size
 * collStats reports is the sum of the stored BSON, measured when asked.
 */
final class BsonH2Collection extends AbstractSynchronizedMongoCollection<Object> {

    private final MVMap<Object, byte[]> documents;

    BsonH2Collection(MongoDatabase database, String collectionName, CollectionOptions options,
            MVMap<Object, byte[]> documents, CursorRegistry cursors) {
        super(database, collectionName, options, cursors);
        this.documents = documents;
    }

    @Override
    protected Object addDocumentInternal(Document document) {
        Object key = getIdField() != null ? Utils.getSubdocumentValue(document, getIdField()) : UUID.randomUUID();
        if (documents.putIfAbsent(Missing.ofNullable(key), StoredBson.encode(document)) != null) {
            throw new IllegalStateException("Document with key '" + key + "' already existed in " + this);
        }
        return key;
    }

    @Override
    protected Document getDocument(Object position) {
        byte[] bson = documents.get(position);
        return bson == null ? null : StoredBson.decode(bson);
    }

    @Override
    protected void handleUpdate(Object position, Document oldDocument, Document newDocument) {
        documents.put(Missing.ofNullable(position), StoredBson.encode(newDocument));
    }

    @Override
    protected void removeDocument(Object position) {
        if (documents.remove(position) == null) {
            throw new NoSuchElementException("No document with key " + position);
        }
    }

    @Override
    public int count() {
        return documents.size();
    }

    @Override
    public boolean isEmpty() {
        return documents.isEmpty();
    }

    @Override
    protected Stream<DocumentWithPosition<Object>> streamAllDocumentsWithPosition() {
        return documents.entrySet().stream()
                .map(entry -> new DocumentWithPosition<>(StoredBson.decode(entry.getValue()), entry.getKey()));
    }

    @Override
    protected QueryResult matchDocuments(Document query, Document orderBy, int numberToSkip, int limit, int batchSize,
            Document fieldSelector) {
        Stream<byte[]> stored = isNaturalDescending(orderBy)
                ? documents.entrySet().stream()
                        .sorted((a, b) -> ValueComparator.desc().compare(a.getKey(), b.getKey()))
                        .map(Map.Entry::getValue)
                : documents.values().stream();
        Stream<Document> candidates = stored.filter(mayMatch(query)).map(StoredBson::decode);
        return matchDocumentsFromStream(candidates, query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
    }

    /** Whether a stored document matches the filter on the fields it names; the whole document is matched again after. */
    private Predicate<byte[]> mayMatch(Document query) {
        return QueryFields.of(query)
                .<Predicate<byte[]>>map(fields -> bson -> documentMatchesQuery(StoredBson.select(bson, fields), query))
                .orElse(bson -> true);
    }

    @Override
    protected boolean tracksDataSize() {
        return false;
    }

    @Override
    protected void updateDataSize(int sizeDelta) {
        throw new UnsupportedOperationException("The data size is measured when asked, not tracked");
    }

    @Override
    protected synchronized int getDataSize() {
        long total = 0;
        for (byte[] bson : documents.values()) {
            total += bson.length;
        }
        return (int) Math.min(Integer.MAX_VALUE, total);
    }
}
