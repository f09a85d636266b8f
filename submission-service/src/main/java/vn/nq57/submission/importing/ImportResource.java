package vn.nq57.submission.importing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import vn.nq57.contracts.problem.ETags;
import vn.nq57.contracts.problem.ProblemException;
import vn.nq57.contracts.problem.ProblemKind;
import vn.nq57.contracts.security.Caller;
import vn.nq57.contracts.security.Roles;
import vn.nq57.contracts.validation.PlainText;
import vn.nq57.submission.report.ReportView;
import vn.nq57.support.idempotency.Idempotency;

/**
 * Import of a unit's report document (Word, PDF with a text layer, UTF-8 / OCR text) into its draft:
 * the body is the file itself, or a form's {@code file} field.
 */
@Path("/api/v1/reports/import")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reports")
@RolesAllowed({Roles.CITY_ADMIN, Roles.CITY_STAFF, Roles.UNIT_OFFICER, Roles.INTEGRATION})
public class ImportResource {

    private static final String EXAMPLE = """
            {"reportId":"5d1c2a8e-4f6b-4c59-9a0e-7c1f0b2d3e4f","roundId":"c0a84383-5700-4000-8000-000000004383",
             "unitCode":"11446","status":"DRAFT","latestVersion":0,
             "draft":{"header":{"numberSymbol":"311/BC-UBND","place":"Phù Liễn"},
               "sections":[{"code":"I.2.1","text":"Duy trì phát sóng trên 71 cụm loa truyền thanh số ..."}],
               "indicators":[{"code":"LOUDSPEAKER_CLUSTERS_DIGITAL","qualifier":"EXACT","value":71,"note":"cụm"}],
               "difficulties":[],"causes":[],"recommendations":[]},
             "attachments":[{"id":"9f0e…","fileName":"311-BC-UBND.txt","contentType":"text/plain","kind":"SOURCE"}],
             "revision":2,
             "extraction":{"format":"TEXT","fileName":"311-BC-UBND.txt","sourceAttachmentId":"9f0e…","ocrLike":true,
               "sections":[{"code":"I.2.1","sourceNumber":"2.1","sourceHeading":"Tuyen truyen tren he thong truyen thanh",
                 "confidence":0.82,"firstParagraph":14,"lastParagraph":16,"start":2210,"end":2903}],
               "indicators":[{"code":"LOUDSPEAKER_CLUSTERS_DIGITAL","qualifier":"EXACT","value":71,"measureWord":"cụm",
                 "quote":"Duy tri phat song tren 71 cum loa truyen thanh so","start":2290,"end":2340,
                 "valueStart":2313,"valueEnd":2315,"confidence":0.9,"sectionCode":"I.2.1"}],
               "unplaced":{"paragraphs":[],"figures":[{"written":"38","value":"38","reason":"no matching indicator"}],
                 "notes":[]},
               "text":"UY BAN NHAN DAN ...","omitted":[]}}""";

    @Inject
    ImportService service;

    @Inject
    Idempotency idempotency;

    @Inject
    SecurityIdentity identity;

    @Inject
    ObjectMapper mapper;

    @ConfigProperty(name = "nq57.attachments.max-bytes", defaultValue = "10485760")
    long maxBytes;

    @POST
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "importReportDocument", summary = "Start or replace a unit's draft from its report document",
            description = "The body is the file: .docx, application/pdf with a text layer, or text/plain; charset=utf-8 "
                    + "(OCR output). At most nq57.attachments.max-bytes (10 MB). Creates the unit's draft (201) or, with "
                    + "If-Match, replaces a DRAFT or RETURNED draft (200); keeps the file as a SOURCE attachment and answers "
                    + "the draft with its extraction block. Nothing is submitted. Officer of the unit or city admin of its "
                    + "province; Idempotency-Key as for other writes.")
    @RequestBody(content = @Content(mediaType = "text/plain"))
    @APIResponse(responseCode = "201", description = "Draft created from the document; ETag for the next edit",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportedReport.class),
                    examples = @ExampleObject(name = "Phù Liễn", value = EXAMPLE)))
    @APIResponse(responseCode = "200", description = "Draft replaced from the document",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportedReport.class)))
    @APIResponse(responseCode = "400", description = "roundId or unitCode missing, or the unit is not in the round")
    @APIResponse(responseCode = "403", description = "Officer of another unit, or a read-only caller")
    @APIResponse(responseCode = "404", description = "No such round")
    @APIResponse(responseCode = "409", description = "The report is submitted, under review or accepted")
    @APIResponse(responseCode = "412", description = "Stale If-Match")
    @APIResponse(responseCode = "413", description = "Over 10 MB (a declared Content-Length is refused before the body is read)")
    @APIResponse(responseCode = "415", description = "Not .docx, PDF or UTF-8 text")
    @APIResponse(responseCode = "422", description = "Encrypted or image-only PDF, empty text, damaged file, or nothing "
            + "recognised; errors[0].reason starts with ENCRYPTED, NO_TEXT_LAYER, UNREADABLE, EMPTY_TEXT or NOTHING_RECOGNISED")
    @APIResponse(responseCode = "428", description = "The unit has a draft and If-Match is missing")
    public Response importFile(@QueryParam("roundId") @NotNull UUID roundId,
            @QueryParam("unitCode") @NotBlank @Size(max = 10) @PlainText String unitCode,
            @Parameter(description = "File name, e.g. 311-BC-UBND.docx; used when the type is application/octet-stream")
            @QueryParam("fileName") @Size(max = 255) @PlainText String fileName,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @HeaderParam(Idempotency.HEADER) String key, byte[] content) {
        return run(roundId, unitCode, contentType, fileName, content == null ? new byte[0] : content, ifMatch, key);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(operationId = "importReportForm", summary = "Start or replace a unit's draft from a web form's file field",
            description = "The same as the raw upload; the form field is named file, its part's Content-Type and file name "
                    + "declare the type.")
    @APIResponse(responseCode = "201", description = "Draft created from the document",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportedReport.class)))
    @APIResponse(responseCode = "200", description = "Draft replaced from the document",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportedReport.class)))
    public Response importForm(@QueryParam("roundId") @NotNull UUID roundId,
            @QueryParam("unitCode") @NotBlank @Size(max = 10) @PlainText String unitCode,
            @RestForm("file") FileUpload file, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @HeaderParam(Idempotency.HEADER) String key) {
        if (file == null) {
            throw ProblemException.invalid("file", "the form must carry the document in its file field");
        }
        if (file.size() > maxBytes) {
            throw new ProblemException(ProblemKind.PAYLOAD_TOO_LARGE, "The file has " + file.size()
                    + " bytes; at most " + maxBytes + " are accepted");
        }
        String name = file.fileName();
        if (name != null && (name.length() > 255 || !vn.nq57.contracts.validation.TextRules.isPlain(name))) {
            throw ProblemException.invalid("file.fileName", "must be at most 255 characters without control characters");
        }
        byte[] content;
        try {
            content = Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return run(roundId, unitCode, file.contentType(), name, content, ifMatch, key);
    }

    private Response run(UUID roundId, String unitCode, String contentType, String fileName, byte[] content,
            String ifMatch, String key) {
        Caller caller = Caller.of(identity);
        return idempotency.execute(caller, key, "POST /api/v1/reports/import?roundId=" + roundId + "&unitCode=" + unitCode
                + "&type=" + contentType + "&fileName=" + fileName, content,
                () -> {
                    ImportService.Imported imported = service.importDocument(roundId, unitCode, contentType, fileName,
                            content, ifMatch, caller);
                    Response.ResponseBuilder builder = imported.created()
                            ? Response.created(URI.create("/api/v1/reports/" + imported.report().id()))
                            : Response.ok();
                    return builder.header(HttpHeaders.ETAG, ETags.of(imported.report().revision()))
                            .entity(body(imported)).type(MediaType.APPLICATION_JSON_TYPE).build();
                });
    }

    /** The report view with the extraction block beside it. */
    private ObjectNode body(ImportService.Imported imported) {
        ObjectNode node = mapper.valueToTree(ReportView.of(imported.report()));
        try {
            node.set("extraction", mapper.readTree(imported.extractionJson()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored extraction is not JSON", e);
        }
        return node;
    }
}
