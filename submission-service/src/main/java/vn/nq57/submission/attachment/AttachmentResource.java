package vn.nq57.submission.attachment;

import jakarta.annotation.security.RolesAllowed;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.nq57.contracts.security.Caller;
import vn.nq57.contracts.security.Roles;
import vn.nq57.contracts.validation.PlainText;
import vn.nq57.submission.report.AttachmentRef;

/** Attachments of a report: the body is the file itself, its Content-Type the declared type. */
@Path("/api/v1/reports/{id}/attachments")
@Tag(name = "Attachments", description = "Files attached to a report draft: signed scans, images and sources")
@RolesAllowed({Roles.CITY_ADMIN, Roles.CITY_STAFF, Roles.UNIT_OFFICER, Roles.INTEGRATION})
public class AttachmentResource {

    @Inject
    AttachmentService service;

    @Inject
    SecurityIdentity identity;

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "uploadAttachment", summary = "Attach a file to a draft",
            description = "PDF, PNG or JPEG, checked by magic bytes; at most nq57.attachments.max-bytes (10 MB). "
                    + "The file name keeps only its last path segment.")
    @APIResponse(responseCode = "201", description = "Stored",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AttachmentRef.class)))
    @APIResponse(responseCode = "400", description = "File name over 255 characters or with control characters, unknown kind")
    @APIResponse(responseCode = "409", description = "Not a draft, or already at nq57.attachments.max-per-report (20) files")
    @APIResponse(responseCode = "413", description = "Too large")
    @APIResponse(responseCode = "415", description = "Not a PDF, PNG or JPEG, or the content does not match the declared type")
    public Response upload(@PathParam("id") UUID id,
            @Parameter(description = "File name, e.g. 311-BC-UBND.pdf") @QueryParam("fileName") @Size(max = FileNames.MAX_LENGTH) @PlainText String fileName,
            @Parameter(description = "SIGNED_SCAN, IMAGE or SOURCE; SIGNED_SCAN for a PDF and IMAGE otherwise when absent")
            @QueryParam("kind") @Size(max = 20) @PlainText String kind,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, byte[] content) {
        AttachmentRef ref = service.upload(id, fileName, kind, contentType, content, caller());
        return Response.created(URI.create("/api/v1/reports/" + id + "/attachments/" + ref.id())).entity(ref)
                .type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    @DELETE
    @Path("/{attachmentId}")
    @Operation(operationId = "deleteAttachment", summary = "Detach a file from a draft", description = "Files of submitted versions stay readable.")
    @APIResponse(responseCode = "204", description = "Detached")
    @APIResponse(responseCode = "404", description = "No such attachment on the draft")
    @APIResponse(responseCode = "409", description = "The report is under review or accepted")
    public void delete(@PathParam("id") UUID id, @PathParam("attachmentId") String attachmentId) {
        service.delete(id, attachmentId, caller());
    }

    @GET
    @Path("/{attachmentId}")
    @Produces(MediaType.WILDCARD)
    @Operation(operationId = "downloadAttachment", summary = "Download an attachment")
    @APIResponse(responseCode = "200", description = "The file", content = {
            @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "404", description = "No such attachment")
    public Response download(@PathParam("id") UUID id, @PathParam("attachmentId") String attachmentId) {
        AttachmentService.StoredFile file = service.download(id, attachmentId, caller());
        String encoded = java.net.URLEncoder.encode(file.ref().fileName(), StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(file.content()).type(file.ref().contentType())
                .header("Content-Disposition", "attachment; filename*=UTF-8''" + encoded).build();
    }

    private Caller caller() {
        return Caller.of(identity);
    }
}
