package vn.nq57.notification.notice;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.nq57.notification.catalog.RoundEntity;
import vn.nq57.notification.catalog.RoundRepository;
import vn.nq57.notification.catalog.UnitEntity;
import vn.nq57.notification.catalog.UnitRepository;
import vn.nq57.notification.shared.NoticeKind;

/** Builds notice contents from the local copies of rounds and units. */
@ApplicationScoped
public class NoticeContents {

    private final RoundRepository rounds;
    private final UnitRepository units;

    NoticeContents(RoundRepository rounds, UnitRepository units) {
        this.rounds = rounds;
        this.units = units;
    }

    public Uni<NoticeContent> forUnit(NoticeKind kind, String label, UUID roundId, String unitCode, Instant deadline,
            String comment, Map<String, String> sectionComments) {
        return rounds.findById(roundId).chain(round -> units.findById(unitCode)
                .map(unit -> new NoticeContent(kind, label, roundId,
                        round == null ? null : round.title,
                        round == null ? null : round.requestNumber,
                        unitCode,
                        unit == null ? unitCode : unit.name,
                        province(round, unit),
                        deadline, comment, sectionComments, List.of())));
    }

    public NoticeContent escalation(RoundEntity round, List<NoticeContent.LateUnit> lateUnits) {
        return new NoticeContent(NoticeKind.ESCALATION, null, round.roundId, round.title, round.requestNumber, null,
                null, round.issuerUnitCode, round.dueAt, null, Map.of(), lateUnits);
    }

    private static String province(RoundEntity round, UnitEntity unit) {
        if (round != null) {
            return round.issuerUnitCode;
        }
        return unit == null ? null : unit.parentCode;
    }
}
