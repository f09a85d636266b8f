package vn.nq57.contracts.events;

import java.time.LocalDate;

/**
 * A reference to an administrative document.
 *
 * @param numberSymbol e.g. {@code 4383/SKHCN-TTTT} or {@code 57-NQ/TW}
 * @param issuedOn     the document's date
 * @param issuer       the issuing body, e.g. Sở Khoa học và Công nghệ
 */
public record DocumentRef(String numberSymbol, LocalDate issuedOn, String issuer) {
}
