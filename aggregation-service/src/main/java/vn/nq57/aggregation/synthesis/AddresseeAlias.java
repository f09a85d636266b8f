package vn.nq57.aggregation.synthesis;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import vn.nq57.contracts.validation.PlainText;

/** One addressee (nơi nhận kiến nghị) under its canonical name and the other ways units write it. */
public record AddresseeAlias(@NotBlank @Size(max = 160) @PlainText String name,
        @NotNull @Size(max = AddresseeAliases.MAX_ALIASES) List<@NotBlank @Size(max = 160) @PlainText String> aliases) {
}
