package vn.nq57.submission.attachment;

import com.mongodb.client.gridfs.GridFSBucket;
import com.mongodb.client.gridfs.model.GridFSUploadOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.bson.BsonString;
import org.bson.Document;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.nq57.contracts.events.ReportStatus;
import vn.nq57.contracts.problem.ProblemException;
import vn.nq57.contracts.problem.ProblemKind;
import vn.nq57.contracts.security.Caller;
import vn.nq57.submission.report.AttachmentRef;
import vn.nq57.submission.report.ReportEntity;
import vn.nq57.submission.report.ReportRepository;
import vn.nq57.submission.report.ReportService;
import vn.nq57.submission.support.MongoCollections;
import vn.nq57.support.time.VietnamTime;

/** Files attached to a report (the signed PDF scan, images), kept in GridFS. */
@ApplicationScoped
public class AttachmentService {

    @Inject
    MongoCollections collections;

    @Inject
    ReportService reports;

    @Inject
    ReportRepository repository;

    @Inject
    Clock clock;

    @ConfigProperty(name = "nq57.attachments.max-bytes", defaultValue = "10485760")
    long maxBytes;

    @ConfigProperty(name = "nq57.attachments.max-per-report", defaultValue = "20")
    int maxPerReport;

    /** A stored file and how to serve it. */
    public record StoredFile(AttachmentRef ref, byte[] content) {
    }

    public AttachmentRef upload(UUID reportId, String fileName, String kind, String contentType, byte[] content,
            Caller caller) {
        ReportEntity report = reports.writable(reportId, caller);
        if (report.status() != ReportStatus.DRAFT && report.status() != ReportStatus.RETURNED) {
            throw new ProblemException(ProblemKind.INVALID_STATE, "Files are attached to a DRAFT or RETURNED report, not "
                    + report.status());
        }
        reports.requireOpenFor(report, "attach files to");
        AttachmentKind declaredKind = kind == null || kind.isBlank() ? null : AttachmentKind.parse(kind.trim())
                .orElseThrow(() -> ProblemException.invalid("kind", "must be one of " + AttachmentKind.names()));
        List<AttachmentRef> files = new ArrayList<>(report.attachments() == null ? List.of() : report.attachments());
        if (files.size() >= maxPerReport) {
            throw new ProblemException(ProblemKind.CONFLICT, "Report " + reportId + " already has " + files.size()
                    + " attachments; detach one first (at most " + maxPerReport + ")");
        }
        String name = FileNames.checked(fileName);
        FileTypes type = checkedType(content, contentType);
        AttachmentKind fileKind = declaredKind != null ? declaredKind
                : type == FileTypes.PDF ? AttachmentKind.SIGNED_SCAN : AttachmentKind.IMAGE;
        String id = UUID.randomUUID().toString();
        var at = VietnamTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        AttachmentRef ref = new AttachmentRef(id, name, type.mediaType(), content.length, fileKind.name(), at,
                caller.subject());
        GridFSBucket bucket = collections.attachments();
        bucket.uploadFromStream(new BsonString(id), name, new ByteArrayInputStream(content), new GridFSUploadOptions()
                .metadata(new Document("reportId", reportId.toString()).append("contentType", type.mediaType())));
        files.add(ref);
        if (!repository.update(withFiles(report, files), report.revision(), List.of())) {
            bucket.delete(new BsonString(id));
            throw new ProblemException(ProblemKind.CONFLICT, "Report " + reportId + " changed meanwhile; retry the upload");
        }
        return ref;
    }

    /**
     * Keeps the original document a draft was imported from (kind SOURCE: .docx, .pdf or UTF-8 text,
     * already read by the importer, so not checked against {@link FileTypes}), replacing the draft's
     * previous SOURCE file. Files of submitted versions stay in GridFS.
     */
    public AttachmentRef storeSource(UUID reportId, String fileName, String mediaType, byte[] content, Caller caller) {
        ReportEntity report = reports.writable(reportId, caller);
        List<AttachmentRef> files = new ArrayList<>(report.attachments() == null ? List.of() : report.attachments());
        List<String> replaced = files.stream().filter(a -> AttachmentKind.SOURCE.name().equals(a.kind()))
                .map(AttachmentRef::id).toList();
        files.removeIf(a -> replaced.contains(a.id()));
        if (files.size() >= maxPerReport) {
            throw new ProblemException(ProblemKind.CONFLICT, "Report " + reportId + " already has " + files.size()
                    + " attachments; detach one first (at most " + maxPerReport + ")");
        }
        String name = FileNames.sanitized(fileName);
        String id = UUID.randomUUID().toString();
        var at = VietnamTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        AttachmentRef ref = new AttachmentRef(id, name, mediaType, content.length, AttachmentKind.SOURCE.name(), at,
                caller.subject());
        GridFSBucket bucket = collections.attachments();
        bucket.uploadFromStream(new BsonString(id), name, new ByteArrayInputStream(content), new GridFSUploadOptions()
                .metadata(new Document("reportId", reportId.toString()).append("contentType", mediaType)));
        files.add(ref);
        if (!repository.update(withFiles(report, files), report.revision(), List.of())) {
            bucket.delete(new BsonString(id));
            throw new ProblemException(ProblemKind.CONFLICT, "Report " + reportId + " changed meanwhile; retry the import");
        }
        replaced.stream().filter(old -> report.versions().stream().noneMatch(v -> v.attachments() != null
                        && v.attachments().stream().anyMatch(a -> a.id().equals(old))))
                .forEach(old -> bucket.delete(new BsonString(old)));
        return ref;
    }

    /** The file's type once its size and magic bytes are checked against the declared type. */
    private FileTypes checkedType(byte[] content, String contentType) {
        if (content == null || content.length == 0) {
            throw ProblemException.invalid("body", "the file is empty");
        }
        if (content.length > maxBytes) {
            throw new ProblemException(ProblemKind.PAYLOAD_TOO_LARGE, "The file has " + content.length
                    + " bytes; at most " + maxBytes + " are accepted");
        }
        FileTypes type = FileTypes.declared(contentType).orElseThrow(() -> new ProblemException(
                ProblemKind.UNSUPPORTED_MEDIA_TYPE, "Declared type " + contentType
                        + " is not one of application/pdf, image/png, image/jpeg"));
        if (!type.matches(content)) {
            throw new ProblemException(ProblemKind.UNSUPPORTED_MEDIA_TYPE,
                    "The content is not a " + type.name() + " file although it is declared as " + type.mediaType());
        }
        return type;
    }

    private static ReportEntity withFiles(ReportEntity r, List<AttachmentRef> files) {
        return new ReportEntity(r.id(), r.roundId(), r.unitCode(), r.provinceCode(), r.status(), r.draft(), r.versions(),
                files, r.review(), r.audit(), r.createdAt(), r.createdBy(), r.revision() + 1);
    }

    /** Detaches a file from the draft; the file itself stays while a submitted version refers to it. */
    public void delete(UUID reportId, String attachmentId, Caller caller) {
        ReportEntity report = reports.writable(reportId, caller);
        if (report.status() != ReportStatus.DRAFT && report.status() != ReportStatus.RETURNED) {
            throw new ProblemException(ProblemKind.INVALID_STATE, "Files are detached from a DRAFT or RETURNED report, not "
                    + report.status());
        }
        reports.requireOpenFor(report, "detach files from");
        List<AttachmentRef> files = new ArrayList<>(report.attachments());
        if (!files.removeIf(a -> a.id().equals(attachmentId))) {
            throw ProblemException.notFound("Attachment " + attachmentId + " of the draft of report " + reportId);
        }
        if (!repository.update(withFiles(report, files), report.revision(), List.of())) {
            throw new ProblemException(ProblemKind.CONFLICT, "Report " + reportId + " changed meanwhile; retry");
        }
        boolean inVersion = report.versions().stream().anyMatch(v -> v.attachments() != null
                && v.attachments().stream().anyMatch(a -> a.id().equals(attachmentId)));
        if (!inVersion) {
            collections.attachments().delete(new BsonString(attachmentId));
        }
    }

    public StoredFile download(UUID reportId, String attachmentId, Caller caller) {
        ReportEntity report = reports.readable(reportId, caller);
        AttachmentRef ref = Stream.concat(report.attachments().stream(),
                        report.versions().stream().flatMap(v -> v.attachments() == null ? Stream.empty() : v.attachments().stream()))
                .filter(a -> a.id().equals(attachmentId)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("Attachment " + attachmentId + " of report " + reportId));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        collections.attachments().downloadToStream(new BsonString(attachmentId), out);
        return new StoredFile(ref, out.toByteArray());
    }
}
