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
import java.util.Comparator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.h2.mvstore.MVMap;

/**
 * A collection kept in an MVStore map of BSON bytes ({@link BsonBytesType}), decoded when read. Where
 * the stock collection keeps decoded documents, in a national burst the launcher's collector copied
 * and traced some 330,000 of them with their maps and strings, in pauses of up to 630 ms that froze
 * MongoDB and Kafka for every service.
 *
 * <p>A query looks at each candidate document's bytes (all of them, or those an index found): only the
 * top-level fields it reads are decoded to match, sort and limit, and only what it returns is decoded
 * whole ({@link ReadPlan}). The data size collStats reports is the sum of the stored BSON, measured
 * when asked.
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
        return matchStored(stored, query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
    }

    /** The documents at the positions an index found, read as {@link #matchStored} reads any others. */
    @Override
    protected QueryResult matchDocuments(Document query, Iterable<Object> positions, Document orderBy, int numberToSkip,
            int limit, int batchSize, Document fieldSelector) {
        Stream<byte[]> stored = StreamSupport.stream(positions.spliterator(), false).map(documents::get)
                .filter(Objects::nonNull);
        return matchStored(stored, query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
    }

    /**
     * Matches, sorts, skips and limits on the fields the query reads ({@link ReadPlan}), then decodes
     * only what is returned: the whole documents, or the fields themselves when the projection includes
     * fields. The superclass then projects them (and matches them again, which changes nothing).
     */
    private QueryResult matchStored(Stream<byte[]> stored, Document query, Document orderBy, int numberToSkip, int limit,
            int batchSize, Document fieldSelector) {
        Optional<ReadPlan> plan = ReadPlan.of(query, orderBy, fieldSelector, getIdField());
        if (plan.isEmpty()) {
            return matchDocumentsFromStream(stored.map(StoredBson::decode), query, orderBy, numberToSkip, limit,
                    batchSize, fieldSelector);
        }
        Stream<Candidate> candidates = stored.map(bson -> new Candidate(StoredBson.select(bson, plan.get().fields()), bson))
                .filter(candidate -> documentMatchesQuery(candidate.fields(), query));
        Comparator<Document> order = deriveComparator(orderBy);
        if (order != null) {
            candidates = candidates.sorted(Comparator.comparing(Candidate::fields, order));
        }
        if (numberToSkip > 0) {
            candidates = candidates.skip(numberToSkip);
        }
        if (limit > 0) {
            candidates = candidates.limit(limit);
        }
        Stream<Document> returned = plan.get().answeredFromFields()
                ? candidates.map(Candidate::fields)
                : candidates.map(candidate -> StoredBson.decode(candidate.bson()));
        return matchDocumentsFromStream(returned, query, null, 0, 0, batchSize, fieldSelector);
    }

    /** A stored document and the fields of it a query reads. */
    private record Candidate(Document fields, byte[] bson) {
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
