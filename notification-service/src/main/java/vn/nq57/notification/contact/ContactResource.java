package vn.nq57.notification.contact;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.nq57.contracts.security.Caller;
import vn.nq57.contracts.security.Roles;
import vn.nq57.notification.support.Scopes;
import vn.nq57.support.http.Page;
import vn.nq57.support.http.Paging;
import vn.nq57.support.idempotency.Idempotency;

@Path("/api/v1/contacts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Contacts", description = "Người nhận thông báo của đơn vị và của sở, ngành")
public class ContactResource {

    @Inject
    ContactService service;

    @Inject
    Idempotency idempotency;

    @Inject
    SecurityIdentity identity;

    private Caller caller() {
        return Scopes.require(Caller.of(identity));
    }

    @GET
    @RolesAllowed({Roles.CITY_ADMIN, Roles.CITY_STAFF, Roles.UNIT_OFFICER})
    @Operation(operationId = "listContacts", summary = "List contacts", description = "Officers see their own unit's contacts; city roles their province's.")
    @APIResponse(responseCode = "200", description = "A page of contacts",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ContactViewPage.class)))
    @APIResponse(responseCode = "400", description = "Bad paging")
    @APIResponse(responseCode = "403", description = "An officer asked for another unit")
    public Uni<Page<ContactView>> list(
            @QueryParam("unitCode") @Pattern(regexp = "\\d{5}", message = "must be a 5-digit unit code") String unitCode, @QueryParam("scope") ContactScope scope,
            @Parameter(description = "Page number, from 0") @QueryParam("page") Integer page,
            @Parameter(description = "Page size, 1 to 200 (20 by default)") @QueryParam("size") Integer size) {
        return service.list(caller(), unitCode, scope, Paging.of(page, size));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.CITY_ADMIN, Roles.CITY_STAFF, Roles.UNIT_OFFICER})
    @Operation(operationId = "getContact", summary = "Read a contact")
    @APIResponse(responseCode = "200", description = "The contact, with its ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ContactView.class)))
    @APIResponse(responseCode = "404", description = "No such contact the caller may see")
    public Uni<Response> get(@PathParam("id") UUID id) {
        return service.get(caller(), id).map(view -> Response.ok(view).tag(String.valueOf(view.version())).build());
    }

    @POST
    @RolesAllowed({Roles.CITY_ADMIN, Roles.UNIT_OFFICER})
    @Operation(operationId = "createContact", summary = "Add a contact",
            description = "A unit officer adds contacts of their unit; a city admin of any unit or department of the province. "
                    + "userId is the token subject that receives in-app notifications.")
    @APIResponse(responseCode = "201", description = "Created, with its Location and ETag (replayed as is for a repeated Idempotency-Key)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ContactView.class)))
    @APIResponse(responseCode = "400", description = "Invalid contact or unknown unit")
    @APIResponse(responseCode = "403", description = "Not the caller's unit or province")
    @APIResponse(responseCode = "409", description = "A request with this Idempotency-Key is still running")
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used for a different request")
    public Uni<Response> create(@Parameter(description = "Retry key: a retry answers the first response") @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Valid @NotNull ContactRequest request) {
        Caller caller = caller();
        return idempotency.run(caller, idempotencyKey, "POST /api/v1/contacts", request, () -> service.create(caller, request)
                .map(view -> Response.status(Response.Status.CREATED).entity(view)
                        .header("Location", "/api/v1/contacts/" + view.id())
                        .tag(String.valueOf(view.version())).build()));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.CITY_ADMIN, Roles.UNIT_OFFICER})
    @Operation(operationId = "replaceContact", summary = "Replace a contact", description = "Requires If-Match with the current ETag.")
    @APIResponse(responseCode = "200", description = "Replaced",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ContactView.class)))
    @APIResponse(responseCode = "412", description = "Stale If-Match")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Uni<Response> replace(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull ContactRequest request) {
        return service.replace(caller(), id, ifMatch, request)
                .map(view -> Response.ok(view).tag(String.valueOf(view.version())).build());
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Roles.CITY_ADMIN, Roles.UNIT_OFFICER})
    @Operation(operationId = "deleteContact", summary = "Remove a contact")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "No such contact")
    public Uni<Void> delete(@PathParam("id") UUID id) {
        return service.delete(caller(), id);
    }
}
