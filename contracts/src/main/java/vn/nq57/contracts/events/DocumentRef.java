package vn.nq57.contracts.events;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import vn.nq57.contracts.validation.DomainDate;
import vn.nq57.contracts.validation.PlainText;

/**
 * A reference to an administrative document.
 *
 * @param numberSymbol e.g. {@code 4383/SKHCN-TTTT} or {@code 57-NQ/TW}
 * @param issuedOn     the document's date
 * @param issuer       the issuing body, e.g. Sở Khoa học và Công nghệ
 */
public record DocumentRef(@Size(max = 50) @PlainText String numberSymbol, @DomainDate LocalDate issuedOn,
        @Size(max = 300) @PlainText String issuer) {
}
