package vn.nq57.aggregation.export;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** Header and signer of the consolidated report (Decree 30/2020/NĐ-CP layout). */
@ConfigMapping(prefix = "aggregation.document")
public interface DocumentSettings {

    /** The governing body line above the issuer, e.g. "UBND THÀNH PHỐ HẢI PHÒNG". */
    String parentBody();

    /** The issuing body, e.g. "SỞ KHOA HỌC VÀ CÔNG NGHỆ". */
    String issuingBody();

    /** Document symbol after the number, e.g. "BC-SKHCN". */
    String symbol();

    /** Place in the date line, e.g. "Hải Phòng". */
    String place();

    /** e.g. "KT. GIÁM ĐỐC". */
    String signerAuthority();

    /** e.g. "PHÓ GIÁM ĐỐC". */
    String signerTitle();

    Optional<String> signerName();

    /** Nơi nhận entries separated by ";" (entries themselves contain commas). */
    @WithDefault("Lưu: VT")
    String recipients();
}
