package vn.nq57.notification.webhook;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.nq57.contracts.validation.PlainText;
import vn.nq57.notification.shared.NoticeKind;

/** An endpoint to register. */
public record WebhookRequest(
        @Schema(examples = "https://egov.haiphong.gov.vn/hooks/nq57")
        @NotBlank @Size(max = 2000) @PlainText @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL") String url,
        @Schema(examples = "Cổng dịch vụ công thành phố") @Size(max = 500) @PlainText String description,
        @Schema(description = "notice kinds to receive; empty or absent for all") @Size(max = 10) Set<@NotNull NoticeKind> kinds) {
}
