package vn.nq57.plan.plan;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.nq57.contracts.validation.PlainText;
import vn.nq57.plan.common.DateWindow;

/** The structured parts of a plan document, shared by requests, views and the stored JSONB content. */
public final class PlanParts {

    /** Items in any list of a plan (themes, channels, assignments, purposes, ...). */
    public static final int MAX_ITEMS = 200;
    /** Characters of one paragraph (a purpose, a point, a task, a description). */
    public static final int MAX_TEXT = 4000;
    /** Levels of content themes (1, 1.1, 1.1.1, 1.1.1.1). */
    public static final int MAX_THEME_DEPTH = 4;

    private PlanParts() {
    }

    /**
     * A legal basis (căn cứ): another document the plan implements.
     *
     * @param numberSymbol e.g. {@code 57-NQ/TW}, {@code 192/KH-UBND}
     * @param planId       set when the document is a plan stored here (the parent city plan)
     */
    public record LegalBasis(
            @NotBlank @Size(max = 100) @PlainText String numberSymbol,
            @DateWindow(from = "1945-09-02") LocalDate issuedOn,
            @Size(max = 300) @PlainText String issuer,
            @Size(max = 2000) @PlainText String title,
            UUID planId) {
    }

    /** A content theme (nội dung tuyên truyền) numbered 1.1, 1.2 …, with its points and sub-themes. */
    public record ContentTheme(
            @NotBlank @Size(max = 20) @PlainText String code,
            @NotBlank @Size(max = 2000) @PlainText String title,
            @Size(max = MAX_ITEMS) List<@NotBlank @Size(max = MAX_TEXT) @PlainText String> points,
            @Size(max = MAX_ITEMS) List<@Valid @NotNull ContentTheme> children) {
    }

    /** A communication channel of the catalogue and how this plan uses it. */
    public record ChannelUse(@NotNull Channel channel, @Size(max = MAX_TEXT) @PlainText String description) {
    }

    /** Lead (chủ trì) or coordinate (phối hợp). */
    public enum AssignmentRole { LEAD, COORDINATE }

    /** An assignment (tổ chức thực hiện): which office does what. */
    public record Assignment(
            @NotBlank @Size(max = 300) @PlainText String office,
            @NotNull AssignmentRole role,
            @Size(max = MAX_ITEMS) List<@NotBlank @Size(max = MAX_TEXT) @PlainText String> tasks,
            @DateWindow LocalDate dueOn) {
    }

    /** Signer block: capacity lines (TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH) and name. */
    public record Signer(@Size(max = 10) List<@NotBlank @Size(max = 200) @PlainText String> capacityLines,
            @Size(max = 200) @PlainText String name) {
    }

    /** Everything of the document that is stored as JSONB. */
    public record Content(
            List<LegalBasis> legalBases,
            List<String> purposes,
            List<String> requirements,
            List<ContentTheme> contentThemes,
            List<ChannelUse> channels,
            String budgetSource,
            List<Assignment> assignments,
            List<String> recipients,
            Signer signer) {
    }
}
