package vn.nq57.testinfra;

import jakarta.mail.Address;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/** Reads a recipient's mailbox from the JVM's SMTP server over IMAP. */
public final class MailReader {

    /** One received email, read whole. */
    public record Mail(String subject, String from, List<String> to, String text, String html) {
    }

    private MailReader() {
    }

    /** The messages the JVM's SMTP server received so far for an address. */
    public static List<Mail> inbox(String address) {
        Infra.smtpPort();
        return inbox(Integer.parseInt(System.getProperty(Infra.IMAP_PORT)), address);
    }

    /** The messages received so far for an address on the IMAP side of some GreenMail server. */
    public static List<Mail> inbox(int port, String address) {
        try {
            Store store = Session.getInstance(new Properties()).getStore("imap");
            try {
                store.connect("127.0.0.1", port, address, address);
            } catch (AuthenticationFailedException noMailboxYet) {
                return List.of();
            }
            try (store) {
                Folder folder = store.getFolder("INBOX");
                folder.open(Folder.READ_ONLY);
                List<Mail> mails = new ArrayList<>();
                for (Message message : folder.getMessages()) {
                    mails.add(read(message));
                }
                folder.close(false);
                return mails;
            }
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("Cannot read the mailbox of " + address, e);
        }
    }

    private static Mail read(Message message) throws MessagingException, IOException {
        String[] parts = new String[2];
        collect(message, parts);
        List<String> to = Arrays.stream(message.getAllRecipients()).map(Address::toString).toList();
        String from = message.getFrom() == null ? null : message.getFrom()[0].toString();
        return new Mail(message.getSubject(), from, to, parts[0], parts[1]);
    }

    private static void collect(Part part, String[] texts) throws MessagingException, IOException {
        if (part.isMimeType("text/plain") && texts[0] == null) {
            texts[0] = (String) part.getContent();
        } else if (part.isMimeType("text/html") && texts[1] == null) {
            texts[1] = (String) part.getContent();
        } else if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                collect(multipart.getBodyPart(i), texts);
            }
        }
    }
}
