package vn.nq57.notification.dispatch;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import vn.nq57.notification.support.NotificationConfig;
import vn.nq57.notification.endpoint.WebhookSignature;
import vn.nq57.notification.endpoint.WebhookTargets;

/**
 * POSTs a notice's JSON to a webhook, signed; any 2xx answer counts as delivered. The URL is checked
 * again before every try and the connection goes to the address that check resolved (the host name
 * still travels in Host and SNI); redirects are not followed. The delivery log keeps the status code
 * or an error class, never what the target answered.
 */
@ApplicationScoped
public class WebhookSender {

    private final HttpClient http;
    private final WebhookTargets targets;
    private final long timeoutMillis;
    private final Clock clock;

    WebhookSender(Vertx vertx, NotificationConfig config, WebhookTargets targets, Clock clock) {
        this.targets = targets;
        this.clock = clock;
        this.timeoutMillis = config.webhook().timeout().toMillis();
        this.http = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) timeoutMillis)
                .setKeepAlive(false)
                .setForceSni(true)
                .setVerifyHost(true));
    }

    @PreDestroy
    void close() {
        http.close();
    }

    /** Checks the target (a DNS lookup, off the event loop), then POSTs; never fails, answers the outcome. */
    public Uni<Outcome> send(Claim claim) {
        return VertxContextSupport.executeBlocking(() -> targets.check(claim.url()))
                .chain(target -> post(claim, target))
                .onFailure(WebhookTargets.Refused.class)
                .recoverWithItem(refused -> Outcome.failed(null, "target refused: " + refused.getMessage()))
                .onFailure().recoverWithItem(e -> Outcome.failed(null, "connection failed: " + e.getClass().getSimpleName()));
    }

    private Uni<Outcome> post(Claim claim, WebhookTargets.Target target) {
        long timestamp = clock.instant().getEpochSecond();
        RequestOptions options = new RequestOptions()
                .setMethod(HttpMethod.POST)
                .setAbsoluteURI(target.uri().toString())
                .setServer(SocketAddress.inetSocketAddress(target.port(), target.address().getHostAddress()))
                .setSsl(target.https())
                .setFollowRedirects(false)
                .setTimeout(timeoutMillis)
                .putHeader("Content-Type", "application/json; charset=UTF-8")
                .putHeader("User-Agent", "nq57-notification-service")
                .putHeader(WebhookSignature.HEADER, WebhookSignature.header(claim.secret(), timestamp, claim.payload()))
                .putHeader("X-NQ57-Delivery", claim.deliveryId().toString())
                .putHeader("X-NQ57-Event", claim.kind());
        return Uni.createFrom().completionStage(() -> http.request(options)
                        .compose(request -> request.send(Buffer.buffer(claim.payload(), "UTF-8")))
                        .compose(WebhookSender::statusIgnoringBody)
                        .toCompletionStage())
                .ifNoItem().after(Duration.ofMillis(2 * timeoutMillis)).fail()
                .map(status -> status / 100 == 2 ? Outcome.ok(status) : Outcome.failed(status, "HTTP " + status));
    }

    private static io.vertx.core.Future<Integer> statusIgnoringBody(HttpClientResponse response) {
        return response.end().map(done -> response.statusCode());
    }
}
