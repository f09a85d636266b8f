package vn.nq57.notification.notice;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import vn.nq57.notification.support.Times;

/** Renders notices with the Vietnamese Qute templates under {@code templates/notice/}. */
@ApplicationScoped
public class NoticeRenderer {

    /** A rendered notice. */
    public record Rendered(String subject, String text, String html) {
    }

    @Location("notice/subject.txt")
    Template subject;

    @Location("notice/body.txt")
    Template text;

    @Location("notice/body.html")
    Template html;

    public Rendered render(NoticeContent content) {
        Map<String, Object> data = Map.of(
                "n", content,
                "kind", content.kind().name(),
                "unitName", content.unitName() == null ? content.unitCode() == null ? "" : content.unitCode() : content.unitName(),
                "roundTitle", content.roundTitle() == null ? "" : content.roundTitle(),
                "requestNumber", content.requestNumber() == null ? "" : content.requestNumber(),
                "dueDate", Times.document(content.deadline()),
                "comment", content.comment() == null ? "" : content.comment(),
                "sections", content.sectionComments() == null ? List.of() : content.sectionComments().entrySet().stream()
                        .sorted(Map.Entry.comparingByKey()).toList(),
                "lateUnits", content.lateUnits() == null ? List.of() : content.lateUnits());
        return new Rendered(
                fill(subject, data).render().strip().replaceAll("\\s+", " "),
                fill(text, data).render(),
                fill(html, data).render());
    }

    private static TemplateInstance fill(Template template, Map<String, Object> data) {
        TemplateInstance instance = template.instance();
        data.forEach(instance::data);
        return instance;
    }
}
