package vn.nq57.devstack;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import vn.nq57.testinfra.SmtpServer;

/** A web page listing the mail the local SMTP server received, newest first. */
final class MailWebView implements AutoCloseable {

    private final HttpServer server;

    private MailWebView(HttpServer server) {
        this.server = server;
    }

    static MailWebView start(int port, SmtpServer smtp) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
            server.createContext("/", exchange -> respond(exchange, page(smtp.received())));
            server.start();
            return new MailWebView(server);
        } catch (IOException e) {
            throw new UncheckedIOException("Mail view did not start", e);
        }
    }

    private static String page(List<MimeMessage> messages) {
        StringBuilder html = new StringBuilder("<!doctype html><meta charset=utf-8><title>NQ57 mail</title>"
                + "<style>body{font-family:sans-serif;margin:2em}article{border:1px solid #ccc;padding:1em;margin:1em 0}"
                + "pre{white-space:pre-wrap}</style><h1>Mail received by the local SMTP server (" + messages.size()
                + ")</h1>");
        for (int i = messages.size() - 1; i >= 0; i--) {
            html.append(article(messages.get(i)));
        }
        return html.toString();
    }

    private static String article(MimeMessage message) {
        try {
            String to = Arrays.stream(message.getAllRecipients()).map(Address::toString).collect(Collectors.joining(", "));
            return "<article><b>" + escape(message.getSubject()) + "</b><br>To: " + escape(to) + "<br>Sent: "
                    + message.getSentDate() + "<pre>" + escape(textOf(message)) + "</pre></article>";
        } catch (MessagingException | IOException e) {
            return "<article>unreadable message: " + escape(e.getMessage()) + "</article>";
        }
    }

    private static String textOf(MimeMessage message) throws MessagingException, IOException {
        Object content = message.getContent();
        if (content instanceof jakarta.mail.Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                if (multipart.getBodyPart(i).isMimeType("text/plain")) {
                    return (String) multipart.getBodyPart(i).getContent();
                }
            }
            return "(no plain-text part)";
        }
        return String.valueOf(content);
    }

    private static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static void respond(HttpExchange exchange, String html) throws IOException {
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
