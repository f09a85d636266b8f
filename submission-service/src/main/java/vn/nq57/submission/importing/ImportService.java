package vn.nq57.submission.importing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.nq57.contracts.events.ReportStatus;
import vn.nq57.contracts.problem.ETags;
import vn.nq57.contracts.problem.FieldError;
import vn.nq57.contracts.problem.ProblemException;
import vn.nq57.contracts.problem.ProblemKind;
import vn.nq57.contracts.security.Caller;
import vn.nq57.reportimport.DocumentFormat;
import vn.nq57.reportimport.DocumentImporter;
import vn.nq57.reportimport.Extraction;
import vn.nq57.reportimport.ImportFailure;
import vn.nq57.submission.attachment.AttachmentService;
import vn.nq57.submission.report.AttachmentRef;
import vn.nq57.submission.report.CreateReportRequest;
import vn.nq57.submission.report.ReportEntity;
import vn.nq57.submission.report.ReportRepository;
import vn.nq57.submission.report.ReportService;
import vn.nq57.submission.round.RoundEntity;
import vn.nq57.submission.round.RoundService;
import vn.nq57.support.time.VietnamTime;

/**
 * Starts or replaces a unit's draft from the report document it already has (.docx, .pdf with a
 * text layer, UTF-8 text): checks who may, reads the document with the round's outline and
 * catalogue, writes the draft through {@link ReportService} (the same validation, audit and events
 * as a typed draft), keeps the original as a SOURCE attachment and stores the extraction block.
 * Nothing is submitted.
 */
@ApplicationScoped
public class ImportService {

    private static final Set<ReportStatus> EDITABLE = Set.of(ReportStatus.DRAFT, ReportStatus.RETURNED);

    @Inject
    RoundService rounds;

    @Inject
    ReportService reports;

    @Inject
    ReportRepository repository;

    @Inject
    AttachmentService attachments;

    @Inject
    ContentFit fit;

    @Inject
    ExtractionStore extractions;

    @Inject
    Clock clock;

    @ConfigProperty(name = "nq57.attachments.max-bytes", defaultValue = "10485760")
    long maxBytes;

    /** The draft after the import, its extraction block, and whether the draft was created. */
    public record Imported(ReportEntity report, String extractionJson, boolean created) {
    }

    public Imported importDocument(UUID roundId, String unitCode, String contentType, String fileName, byte[] content,
            String ifMatch, Caller caller) {
        RoundEntity round = rounds.get(roundId);
        if (!caller.canWrite(unitCode, round.issuerUnitCode())) {
            throw ProblemException.forbidden("Only an officer of unit " + unitCode + " imports its report");
        }
        if (!round.requires(unitCode)) {
            throw ProblemException.invalid("unitCode", "unit " + unitCode + " is not asked to report in this round");
        }
        Optional<ReportEntity> existing = repository.find(roundId, unitCode);
        if (existing.isPresent()) {
            ReportEntity report = existing.get();
            if (!EDITABLE.contains(report.status())) {
                throw new ProblemException(ProblemKind.INVALID_STATE, "Report " + report.id() + " is " + report.status()
                        + "; an import replaces only a DRAFT or RETURNED draft, never a submitted version");
            }
            ETags.required(ifMatch, report.revision());
        }
        if (content.length > maxBytes) {
            throw new ProblemException(ProblemKind.PAYLOAD_TOO_LARGE, "The file has " + content.length
                    + " bytes; at most " + maxBytes + " are accepted");
        }
        DocumentFormat format = format(contentType, fileName);
        Extraction extraction = read(round, content, format);
        List<String> notes = new ArrayList<>();
        DraftBuilder.Draft draft = DraftBuilder.build(extraction, round);
        notes.addAll(draft.notes());
        var draftContent = fit.fit(draft.content(), round, notes);

        ReportEntity written = existing.isEmpty()
                ? reports.create(new CreateReportRequest(roundId, unitCode, draftContent), caller)
                : reports.updateDraft(existing.get().id(), draftContent, ETags.of(existing.get().revision()), caller);
        AttachmentRef source = attachments.storeSource(written.id(), fileName == null ? defaultName(format) : fileName,
                format.mediaType(), content, caller);
        ReportEntity report = reports.get(written.id());
        String json = ExtractionView.of(extraction, format.name(), source.fileName(), source.id(), notes).json();
        extractions.save(report.id(), json, report.latestVersionNumber(), caller.subject(), VietnamTime.now(clock));
        return new Imported(report, json, existing.isEmpty());
    }

    /** The stored block while the draft has not been submitted since the import: 404 none, 410 dropped. */
    public String extraction(UUID reportId, Caller caller) {
        ReportEntity report = reports.readable(reportId, caller);
        ExtractionStore.Stored stored = extractions.find(reportId)
                .orElseThrow(() -> ProblemException.notFound("An extraction of report " + reportId
                        + " (its draft was not imported)"));
        if (stored.json() == null || report.latestVersionNumber() > stored.versionAtImport()) {
            if (stored.json() != null) {
                extractions.drop(reportId);
            }
            throw new ProblemException(ProblemKind.GONE, "The extraction of report " + reportId
                    + " was dropped when its draft was submitted; the submitted version is the record");
        }
        return stored.json();
    }

    private static DocumentFormat format(String contentType, String fileName) {
        DocumentFormat format = DocumentFormat.detect(contentType, fileName).orElseThrow(() -> new ProblemException(
                ProblemKind.UNSUPPORTED_MEDIA_TYPE, "Declared type " + contentType + " is not one of "
                        + DocumentFormat.DOCX.mediaType() + ", application/pdf, text/plain; charset=utf-8"));
        String charset = charset(contentType);
        boolean declaredText = contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("text/plain");
        if (declaredText && charset != null && !charset.equals("utf-8") && !charset.equals("us-ascii")) {
            throw new ProblemException(ProblemKind.UNSUPPORTED_MEDIA_TYPE, "Text is read as UTF-8 only, not " + charset);
        }
        return format;
    }

    private static String charset(String contentType) {
        if (contentType == null) {
            return null;
        }
        for (String parameter : contentType.split(";")) {
            String[] pair = parameter.trim().split("=", 2);
            if (pair.length == 2 && pair[0].trim().equalsIgnoreCase("charset")) {
                return pair[1].trim().replace("\"", "").toLowerCase(Locale.ROOT);
            }
        }
        return null;
    }

    private static Extraction read(RoundEntity round, byte[] content, DocumentFormat format) {
        try {
            return new DocumentImporter(ImportProfiles.of(round)).read(content, format);
        } catch (ImportFailure failure) {
            if (failure.reason() == ImportFailure.Reason.UNSUPPORTED_TYPE) {
                throw new ProblemException(ProblemKind.UNSUPPORTED_MEDIA_TYPE, failure.getMessage());
            }
            throw new ProblemException(ProblemKind.UNPROCESSABLE_DOCUMENT, failure.getMessage(),
                    List.of(new FieldError("file", failure.reason().name() + ": " + failure.getMessage())));
        }
    }

    private static String defaultName(DocumentFormat format) {
        return "report" + switch (format) {
            case DOCX -> ".docx";
            case PDF -> ".pdf";
            case TEXT -> ".txt";
        };
    }
}
