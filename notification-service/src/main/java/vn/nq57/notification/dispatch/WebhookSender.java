package vn.nq57.notification.dispatch;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import vn.nq57.notification.support.NotificationConfig;
import vn.nq57.notification.webhook.WebhookSignature;

/** POSTs a notice's JSON to a webhook, signed; any 2xx answer counts as delivered. */
@ApplicationScoped
public class WebhookSender {

    private final HttpClient http;
    private final NotificationConfig config;
    private final Clock clock;

    WebhookSender(NotificationConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(config.webhook().timeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public Outcome send(Claim claim) {
        long timestamp = clock.instant().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(URI.create(claim.url()))
                .timeout(config.webhook().timeout())
                .header("Content-Type", "application/json; charset=UTF-8")
                .header("User-Agent", "nq57-notification-service")
                .header(WebhookSignature.HEADER, WebhookSignature.header(claim.secret(), timestamp, claim.payload()))
                .header("X-NQ57-Delivery", claim.deliveryId().toString())
                .header("X-NQ57-Event", claim.kind())
                .POST(HttpRequest.BodyPublishers.ofString(claim.payload(), StandardCharsets.UTF_8))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 == 2) {
                return Outcome.ok(response.statusCode());
            }
            return Outcome.failed(response.statusCode(), "HTTP " + response.statusCode());
        } catch (IOException | IllegalArgumentException e) {
            return Outcome.failed(null, e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Outcome.failed(null, "interrupted");
        }
    }
}
