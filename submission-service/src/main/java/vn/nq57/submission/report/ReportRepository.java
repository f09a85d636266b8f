package vn.nq57.submission.report;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.bson.Document;
import org.bson.conversions.Bson;
import vn.nq57.submission.outbox.OutboxEvents;
import vn.nq57.submission.outbox.OutboxRelay;
import vn.nq57.submission.support.Documents;
import vn.nq57.submission.support.MongoCollections;

/** Reports in MongoDB; each write carries its events in the same single-document update. */
@ApplicationScoped
public class ReportRepository {

    /** What a read of reports needs: the record, not its search words or its pending events. */
    private static final Bson RECORD_ONLY = Projections.exclude(ReportText.TOKENS, ReportText.TOKENS_VERSION,
            OutboxEvents.FIELD, OutboxEvents.PARKED, OutboxEvents.DUE_AT, OutboxEvents.COUNT);

    @Inject
    MongoCollections collections;

    @Inject
    OutboxRelay relay;

    /** False when the unit already has a report in that round. */
    public boolean insert(ReportEntity report, List<Document> events) {
        try {
            collections.reports().insertOne(OutboxEvents.attach(withSearchTokens(report), events));
            relay.wake(collections.reports(), report.id().toString());
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    /** Writes the report if it is still at {@code expectedRevision}. */
    public boolean update(ReportEntity report, long expectedRevision, List<Document> events) {
        return update(report, expectedRevision, events, null);
    }

    /**
     * The same, given the report as it was read ({@code stored}): when that is the revision expected, only
     * what changed since is written, and the search words only when the searchable text changed. A
     * submission rewrote the unchanged draft and folded its words again, a sixth of submission-service's
     * CPU on deadline day; the write's revision condition keeps what is left out as it was read.
     */
    public boolean update(ReportEntity report, long expectedRevision, List<Document> events, ReportEntity stored) {
        Document set = stored != null && stored.revision() == expectedRevision ? changedSince(stored, report)
                : withSearchTokens(report);
        set.remove("_id");
        Document update = new Document("$set", set);
        OutboxEvents.appendTo(update, events);
        boolean written = collections.reports().updateOne(MongoCollections.byIdAndRevision(report.id().toString(),
                expectedRevision), update).getMatchedCount() == 1;
        if (written && !events.isEmpty()) {
            relay.wake(collections.reports(), report.id().toString());
        }
        return written;
    }

    private static Document changedSince(ReportEntity stored, ReportEntity report) {
        Set<String> same = new HashSet<>();
        if (report.draft() == stored.draft()) {
            same.add("draft");
        }
        if (report.versions() == stored.versions()) {
            same.add("versions");
        }
        if (report.attachments() == stored.attachments()) {
            same.add("attachments");
        }
        if (ReportText.passages(report).equals(ReportText.passages(stored))) {
            return Documents.of(report, same::contains);
        }
        return Documents.of(report, same::contains).append(ReportText.TOKENS, ReportText.tokens(report))
                .append(ReportText.TOKENS_VERSION, ReportText.VERSION);
    }

    /** The stored document: the report and the folded words that search matches, written in the same update. */
    private static Document withSearchTokens(ReportEntity report) {
        return Documents.of(report).append(ReportText.TOKENS, ReportText.tokens(report))
                .append(ReportText.TOKENS_VERSION, ReportText.VERSION);
    }

    /**
     * Indexes up to {@code batch} reports stored before search existed (or under an older folding); a report
     * changed meanwhile keeps the tokens its own update wrote. Returns how many were written.
     */
    int indexStale(int batch) {
        int written = 0;
        for (Document d : collections.reports().find(Filters.ne(ReportText.TOKENS_VERSION, ReportText.VERSION))
                .projection(Projections.exclude(OutboxEvents.FIELD, OutboxEvents.PARKED)).limit(batch)) {
            ReportEntity report = Documents.read(d, ReportEntity.class);
            written += (int) collections.reports().updateOne(
                    MongoCollections.byIdAndRevision(report.id().toString(), report.revision()),
                    new Document("$set", new Document(ReportText.TOKENS, ReportText.tokens(report))
                            .append(ReportText.TOKENS_VERSION, ReportText.VERSION))).getModifiedCount();
        }
        return written;
    }

    public Optional<ReportEntity> find(UUID id) {
        return Optional.ofNullable(collections.reports().find(Filters.eq("_id", id.toString())).projection(RECORD_ONLY)
                .first())
                .map(d -> Documents.read(d, ReportEntity.class));
    }

    public Optional<ReportEntity> find(UUID roundId, String unitCode) {
        return Optional.ofNullable(collections.reports().find(Filters.and(Filters.eq("roundId", roundId.toString()),
                Filters.eq("unitCode", unitCode))).projection(RECORD_ONLY).first())
                .map(d -> Documents.read(d, ReportEntity.class));
    }

    public List<ReportEntity> list(Bson filter, int page, int size) {
        List<ReportEntity> found = new ArrayList<>();
        for (Document d : collections.reports().find(filter).projection(RECORD_ONLY).sort(Sorts.ascending("unitCode"))
                .skip(page * size).limit(size)) {
            found.add(Documents.read(d, ReportEntity.class));
        }
        return found;
    }

    public long count(Bson filter) {
        return collections.reports().countDocuments(filter);
    }
}
