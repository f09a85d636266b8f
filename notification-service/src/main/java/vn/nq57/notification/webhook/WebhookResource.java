package vn.nq57.notification.webhook;

import jakarta.annotation.security.RolesAllowed;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.nq57.contracts.security.Caller;
import vn.nq57.contracts.security.Roles;
import vn.nq57.notification.dispatch.Dispatcher;
import vn.nq57.notification.idempotency.Idempotency;
import vn.nq57.notification.notice.Delivery;
import vn.nq57.notification.support.Db;
import vn.nq57.notification.support.Scopes;
import vn.nq57.notification.support.PageView;

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
    @APIResponse(responseCode = "201", description = "Registered; the body holds the secret",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookView.class)))
    @APIResponse(responseCode = "400", description = "Invalid URL")
    @APIResponse(responseCode = "403", description = "Not a city admin")
    public Response register(@Valid @NotNull WebhookRequest request, @HeaderParam("Idempotency-Key") String key) {
        return idempotency.once(caller().subject(), key == null ? null : "webhooks:" + key, 201,
                () -> service.register(caller(), request));
    }

    @GET
    @Operation(operationId = "listWebhooks", summary = "List the province's webhooks")
    @APIResponse(responseCode = "200", description = "A page of webhooks (without secrets)")
    public PageView<WebhookView> list(@QueryParam("page") @DefaultValue("0") @Min(0) @Max(10000) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size) {
        return Db.tx(() -> service.list(caller(), page, size));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getWebhook", summary = "Read a webhook")
    @APIResponse(responseCode = "200", description = "The webhook")
    @APIResponse(responseCode = "404", description = "No such webhook in the caller's province")
    public WebhookView get(@PathParam("id") UUID id) {
        return Db.tx(() -> service.get(caller(), id));
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deactivateWebhook", summary = "Deactivate a webhook", description = "Its delivery log is kept.")
    @APIResponse(responseCode = "204", description = "Deactivated")
    @APIResponse(responseCode = "404", description = "No such webhook in the caller's province")
    public void delete(@PathParam("id") UUID id) {
        Db.tx(() -> service.deactivate(caller(), id));
    }

    @GET
    @Path("/{id}/deliveries")
    @Operation(operationId = "listWebhookDeliveries", summary = "Delivery log of a webhook", description = "Filter by status, e.g. DEAD for the dead letters.")
    @APIResponse(responseCode = "200", description = "A page of deliveries, oldest first")
    @APIResponse(responseCode = "404", description = "No such webhook in the caller's province")
    public PageView<DeliveryView> deliveries(@PathParam("id") UUID id, @QueryParam("status") Delivery.Status status,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(10000) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size) {
        return Db.tx(() -> service.deliveries(caller(), id, status, page, size));
    }

    @POST
    @Path("/{id}/deliveries/{deliveryId}/resend")
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "resendWebhookDelivery", summary = "Send a delivery again", description = "Restarts its tries now, e.g. for a dead letter.")
    @APIResponse(responseCode = "200", description = "The delivery after the new try")
    @APIResponse(responseCode = "404", description = "No such delivery of this webhook")
    @APIResponse(responseCode = "409", description = "The delivery is being sent")
    public DeliveryView resend(@PathParam("id") UUID id, @PathParam("deliveryId") UUID deliveryId) {
        Db.tx(() -> service.resend(caller(), id, deliveryId));
        dispatcher.deliverPending();
        return Db.tx(() -> service.delivery(deliveryId));
    }
}
