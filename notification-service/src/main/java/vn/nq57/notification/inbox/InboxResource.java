package vn.nq57.notification.inbox;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestStreamElementType;
import vn.nq57.contracts.security.Caller;
import vn.nq57.contracts.security.Roles;
import vn.nq57.notification.support.Scopes;
import vn.nq57.support.http.Page;
import vn.nq57.support.http.Paging;

@Path("/api/v1/notifications")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.CITY_ADMIN, Roles.CITY_STAFF, Roles.UNIT_OFFICER, Roles.INTEGRATION})
@Tag(name = "Inbox", description = "Hộp thư thông báo của người dùng đang đăng nhập")
public class InboxResource {

    @Inject
    InboxService service;

    @Inject
    InboxHub hub;

    @Inject
    SecurityIdentity identity;

    private Caller caller() {
        return Scopes.require(Caller.of(identity));
    }

    @GET
    @Operation(operationId = "listMyNotifications", summary = "My notifications", description = "Newest first; only the caller's own (recipient = token subject).")
    @APIResponse(responseCode = "200", description = "A page of notifications",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InboxViewPage.class)))
    @APIResponse(responseCode = "400", description = "Bad paging")
    public Uni<Page<InboxView>> list(@QueryParam("unread") @DefaultValue("false") boolean unread,
            @Parameter(description = "Page number, from 0") @QueryParam("page") Integer page,
            @Parameter(description = "Page size, 1 to 200 (20 by default)") @QueryParam("size") Integer size) {
        return service.list(caller(), unread, Paging.of(page, size));
    }

    @GET
    @Path("/unread-count")
    @Operation(operationId = "countMyUnreadNotifications", summary = "How many of my notifications are unread")
    @APIResponse(responseCode = "200", description = "{\"unread\": 3}")
    public Uni<Map<String, Long>> unreadCount() {
        return service.unread(caller()).map(unread -> Map.of("unread", unread));
    }

    @POST
    @Path("/{id}/read")
    @Operation(operationId = "markNotificationRead", summary = "Mark one of my notifications read")
    @APIResponse(responseCode = "200", description = "The notification, read")
    @APIResponse(responseCode = "404", description = "Not one of the caller's notifications")
    public Uni<InboxView> markRead(@PathParam("id") UUID id) {
        return service.markRead(caller().subject(), id);
    }

    @POST
    @Path("/read-all")
    @Operation(operationId = "markAllNotificationsRead", summary = "Mark all my notifications read")
    @APIResponse(responseCode = "200", description = "{\"marked\": 3}")
    public Uni<Map<String, Integer>> markAllRead() {
        return service.markAllRead(caller().subject()).map(marked -> Map.of("marked", marked));
    }

    @GET
    @Path("/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @Operation(operationId = "streamMyNotifications", summary = "Live stream of my new notifications (SSE)")
    @APIResponse(responseCode = "200", description = "text/event-stream of notifications as JSON")
    public Multi<InboxView> stream() {
        return hub.stream(caller().subject());
    }
}
