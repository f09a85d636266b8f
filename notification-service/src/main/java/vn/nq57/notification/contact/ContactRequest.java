package vn.nq57.notification.contact;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.nq57.contracts.validation.PlainText;

/** A contact to create or replace. */
@Schema(description = "Người nhận thông báo: cán bộ của đơn vị hoặc của sở, ngành thành phố")
public record ContactRequest(
        @NotNull ContactScope scope,
        @Schema(examples = "11446") @Pattern(regexp = "\\d{5}", message = "must be a 5-digit unit code") String unitCode,
        @Schema(examples = "31", description = "province of a DEPARTMENT contact; defaults to the caller's")
        @Pattern(regexp = "\\d{2}", message = "must be a 2-digit province code") String provinceCode,
        @Schema(examples = "SKHCN") @Size(max = 100) @PlainText String department,
        @Schema(examples = "Nguyễn Thị Hoa") @NotBlank @Size(max = 300) @PlainText String name,
        @Schema(examples = "vhxh.phulien@haiphong.gov.vn") @Email @Size(max = 300) @PlainText String email,
        @Schema(examples = "0912345678") @Pattern(regexp = "\\+?[0-9 .]{8,20}", message = "must be a phone number") String phone,
        @Schema(examples = "officer-11446", description = "token subject of the user who gets in-app notifications: "
                + "an officer names only themselves; a city admin a user who signed in as an officer of the unit "
                + "(UNIT) or as staff of the province (DEPARTMENT)")
        @Size(max = 200) @PlainText String userId,
        @NotEmpty @Size(max = 2) Set<@NotNull ContactChannel> channels) {
}
