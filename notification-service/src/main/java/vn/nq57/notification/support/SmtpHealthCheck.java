package vn.nq57.notification.support;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only while the SMTP server accepts connections: reminders cannot go out otherwise. */
@Readiness
@ApplicationScoped
public class SmtpHealthCheck implements HealthCheck {

    @ConfigProperty(name = "quarkus.mailer.host")
    String host;

    @ConfigProperty(name = "quarkus.mailer.port")
    int port;

    @Override
    public HealthCheckResponse call() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 2000);
            return HealthCheckResponse.named("SMTP server").up().withData("server", host + ":" + port).build();
        } catch (IOException e) {
            return HealthCheckResponse.named("SMTP server").down().withData("server", host + ":" + port)
                    .withData("error", String.valueOf(e.getMessage())).build();
        }
    }
}
