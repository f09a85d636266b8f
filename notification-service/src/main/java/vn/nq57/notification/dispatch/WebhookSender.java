package vn.nq57.notification.dispatch;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import vn.nq57.notification.support.NotificationConfig;
import vn.nq57.notification.webhook.WebhookSignature;
import vn.nq57.notification.webhook.WebhookTargets;

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

    public Outcome send(Claim claim) {
        WebhookTargets.Target target;
        try {
            target = targets.check(claim.url());
        } catch (WebhookTargets.Refused refused) {
            return Outcome.failed(null, "target refused: " + refused.getMessage());
        }
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
        try {
            int status = http.request(options)
                    .compose(request -> request.send(Buffer.buffer(claim.payload(), "UTF-8")))
                    .compose(WebhookSender::statusIgnoringBody)
                    .toCompletionStage().toCompletableFuture()
                    .get(2 * timeoutMillis, TimeUnit.MILLISECONDS);
            return status / 100 == 2 ? Outcome.ok(status) : Outcome.failed(status, "HTTP " + status);
        } catch (ExecutionException e) {
            return Outcome.failed(null, "connection failed: " + e.getCause().getClass().getSimpleName());
        } catch (TimeoutException e) {
            return Outcome.failed(null, "connection failed: " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Outcome.failed(null, "interrupted");
        }
    }

    private static io.vertx.core.Future<Integer> statusIgnoringBody(HttpClientResponse response) {
        return response.end().map(done -> response.statusCode());
    }
}
