package vn.nq57.notification.dispatch;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import jakarta.enterprise.context.ApplicationScoped;

/** Sends a notice as an email with a plain-text and an HTML part. */
@ApplicationScoped
public class EmailSender {

    private final Mailer mailer;

    EmailSender(Mailer mailer) {
        this.mailer = mailer;
    }

    public Outcome send(Claim claim) {
        try {
            mailer.send(Mail.withText(claim.target(), claim.subject(), claim.text()).setHtml(claim.html()));
            return Outcome.ok(null);
        } catch (RuntimeException e) {
            return Outcome.failed(null, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}
