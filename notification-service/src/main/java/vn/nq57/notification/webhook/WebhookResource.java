package vn.nq57.notification.webhook;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
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
import vn.nq57.notification.dispatch.Dispatcher;
import vn.nq57.notification.notice.Delivery;
import vn.nq57.notification.support.Scopes;
import vn.nq57.support.http.Page;
import vn.nq57.support.http.Paging;
import vn.nq57.support.idempotency.Idempotency;

@Path("/api/v1/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.CITY_ADMIN)
@Tag(name = "Webhooks", description = "Điểm nhận thông báo của hệ thống chính quyền điện tử thành phố")
public class WebhookResource {

    @Inject
    WebhookService service;

    @Inject
    Idempotency idempotency;

    @Inject
    Dispatcher dispatcher;

    @Inject
    SecurityIdentity identity;

    private Caller caller() {
        return Scopes.require(Caller.of(identity));
    }

    @POST
    @Operation(operationId = "registerWebhook", summary = "Register a webhook",
            description = "Answers the signing secret once. Every POST carries X-NQ57-Signature: t=<unix>,v1=<hex HMAC-SHA256 of \"t.body\">.")
    @APIResponse(responseCode = "201", description = "Registered, with its Location; the body holds the secret",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookView.class)))
    @APIResponse(responseCode = "400", description = "Invalid URL")
    @APIResponse(responseCode = "403", description = "Not a city admin")
    @APIResponse(responseCode = "409", description = "A request with this Idempotency-Key is still running")
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used for a different request")
    public Uni<Response> register(@Parameter(description = "Retry key: a retry answers the first response") @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Valid @NotNull WebhookRequest request) {
        Caller caller = caller();
        return idempotency.run(caller, idempotencyKey, "POST /api/v1/webhooks", request, () -> service.register(caller, request)
                .map(view -> Response.status(Response.Status.CREATED).entity(view)
                        .header("Location", "/api/v1/webhooks/" + view.id()).build()));
    }

    @GET
    @Operation(operationId = "listWebhooks", summary = "List the province's webhooks")
    @APIResponse(responseCode = "200", description = "A page of webhooks (without secrets)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookViewPage.class)))
    @APIResponse(responseCode = "400", description = "Bad paging")
    public Uni<Page<WebhookView>> list(
            @Parameter(description = "Page number, from 0") @QueryParam("page") Integer page,
            @Parameter(description = "Page size, 1 to 200 (20 by default)") @QueryParam("size") Integer size) {
        return service.list(caller(), Paging.of(page, size));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getWebhook", summary = "Read a webhook")
    @APIResponse(responseCode = "200", description = "The webhook")
    @APIResponse(responseCode = "404", description = "No such webhook in the caller's province")
    public Uni<WebhookView> get(@PathParam("id") UUID id) {
        return service.get(caller(), id);
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deactivateWebhook", summary = "Deactivate a webhook", description = "Its delivery log is kept.")
    @APIResponse(responseCode = "204", description = "Deactivated")
    @APIResponse(responseCode = "404", description = "No such webhook in the caller's province")
    public Uni<Void> delete(@PathParam("id") UUID id) {
        return service.deactivate(caller(), id);
    }

    @GET
    @Path("/{id}/deliveries")
    @Operation(operationId = "listWebhookDeliveries", summary = "Delivery log of a webhook", description = "Filter by status, e.g. DEAD for the dead letters.")
    @APIResponse(responseCode = "200", description = "A page of deliveries, oldest first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeliveryViewPage.class)))
    @APIResponse(responseCode = "400", description = "Bad paging")
    @APIResponse(responseCode = "404", description = "No such webhook in the caller's province")
    public Uni<Page<DeliveryView>> deliveries(@PathParam("id") UUID id, @QueryParam("status") Delivery.Status status,
            @Parameter(description = "Page number, from 0") @QueryParam("page") Integer page,
            @Parameter(description = "Page size, 1 to 200 (20 by default)") @QueryParam("size") Integer size) {
        return service.deliveries(caller(), id, status, Paging.of(page, size));
    }

    @POST
    @Path("/{id}/deliveries/{deliveryId}/resend")
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "resendWebhookDelivery", summary = "Send a delivery again", description = "Restarts its tries now, e.g. for a dead letter.")
    @APIResponse(responseCode = "200", description = "The delivery after the new try")
    @APIResponse(responseCode = "404", description = "No such delivery of this webhook")
    @APIResponse(responseCode = "409", description = "The delivery is being sent")
    public Uni<DeliveryView> resend(@PathParam("id") UUID id, @PathParam("deliveryId") UUID deliveryId) {
        return service.resend(caller(), id, deliveryId)
                .chain(dispatcher::deliverPending)
                .chain(() -> service.delivery(deliveryId));
    }
}
