package vn.nq57.notification.dispatch;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Sends a notice as an email with a plain-text and an HTML part. */
@ApplicationScoped
public class EmailSender {

    private final ReactiveMailer mailer;

    EmailSender(ReactiveMailer mailer) {
        this.mailer = mailer;
    }

    public Uni<Outcome> send(Claim claim) {
        return Uni.createFrom().deferred(() -> mailer.send(
                        Mail.withText(claim.target(), claim.subject(), claim.text()).setHtml(claim.html())))
                .map(sent -> Outcome.ok(null))
                .onFailure().recoverWithItem(e -> Outcome.failed(null, e.getClass().getSimpleName() + ": " + e.getMessage()));
    }
}
