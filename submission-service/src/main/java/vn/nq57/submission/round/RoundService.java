package vn.nq57.submission.round;

import com.mongodb.client.model.Filters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import org.bson.conversions.Bson;
import vn.nq57.contracts.events.DocumentRef;
import vn.nq57.contracts.events.EventType;
import vn.nq57.contracts.events.ReportingPeriod;
import vn.nq57.contracts.events.RoundReopening;
import vn.nq57.contracts.problem.FieldError;
import vn.nq57.contracts.problem.ProblemException;
import vn.nq57.contracts.problem.ProblemKind;
import vn.nq57.contracts.security.Caller;
import vn.nq57.contracts.text.VietnameseText;
import vn.nq57.submission.local.LocalCopies;
import vn.nq57.submission.outbox.OutboxEvents;
import vn.nq57.contracts.problem.ETags;
import vn.nq57.support.http.Page;
import vn.nq57.support.http.Paging;
import vn.nq57.support.time.VietnamTime;
import vn.nq57.submission.template.DefaultTemplate;

/** Opens rounds, moves their deadlines, closes and reopens them, and answers who may see them. */
@ApplicationScoped
public class RoundService {

    @Inject
    RoundRepository rounds;

    @Inject
    LocalCopies copies;

    @Inject
    Clock clock;

    /** Who opens a round and for what: by hand, by a periodic regime, or by the demo loader. */
    public record Origin(String actor, String provinceCode, UUID roundId, UUID regimeId, String periodKey,
            boolean trustPlan, OffsetDateTime at) {
    }

    public RoundView open(OpenRoundRequest body, Caller caller) {
        if (!caller.isCityAdmin()) {
            throw ProblemException.forbidden("Only a city admin opens reporting rounds");
        }
        if (caller.provinceCode() == null) {
            throw ProblemException.forbidden("The token names no province to open a round for");
        }
        return open(body, new Origin(caller.subject(), caller.provinceCode(), UUID.randomUUID(), null, null, false,
                VietnamTime.now(clock)));
    }

    public RoundView open(OpenRoundRequest body, Origin origin) {
        List<FieldError> errors = new ArrayList<>();
        if (!origin.trustPlan()) {
            copies.plan(body.planId()).ifPresentOrElse(plan -> {
                if (!plan.isCurrent()) {
                    errors.add(new FieldError("planId", "plan " + plan.numberSymbol() + " is " + plan.status()
                            + ", not issued"));
                } else if (!origin.provinceCode().equals(plan.unitCode())) {
                    errors.add(new FieldError("planId", "plan " + plan.numberSymbol() + " is not a plan of province "
                            + origin.provinceCode()));
                }
            }, () -> errors.add(new FieldError("planId", "unknown plan " + body.planId())));
        }
        if (body.request().numberSymbol() == null || body.request().numberSymbol().isBlank()) {
            errors.add(new FieldError("request.numberSymbol", "must not be blank"));
        }
        ReportingPeriod period = origin.regimeId() != null ? body.period()
                : Periods.complete(body.period(), "period", errors);
        if (period != null && body.cutOffDate() != null && body.cutOffDate().isBefore(period.from())) {
            errors.add(new FieldError("cutOffDate", "must not be before the period starts (" + period.from() + ")"));
        }
        var outline = body.outline() == null ? DefaultTemplate.TEMPLATE.outline() : body.outline();
        var indicators = body.indicators() == null ? DefaultTemplate.TEMPLATE.indicators() : body.indicators();
        CatalogueRules.checkOutline(outline, "outline", errors);
        CatalogueRules.checkIndicators(indicators, "indicators", errors);
        List<String> units = requiredUnits(body.unitCodes(), origin, errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        DocumentRef request = new DocumentRef(VietnameseText.nfc(body.request().numberSymbol().trim()),
                body.request().issuedOn(), VietnameseText.nfc(body.request().issuer()));
        RoundEntity round = new RoundEntity(origin.roundId(), body.planId(), VietnameseText.nfc(body.title().trim()),
                origin.provinceCode(), request, period, body.cutOffDate() == null ? period.to() : body.cutOffDate(),
                body.dueAt().withOffsetSameInstant(ZoneOffset.UTC), null, body.resubmissionDays(), units, outline,
                indicators, origin.regimeId(), origin.periodKey(), origin.at().withOffsetSameInstant(ZoneOffset.UTC),
                origin.actor(), List.of(), VietnameseText.fold(body.title() + " " + body.request().numberSymbol()), 1,
                null, null, null, List.of());
        var event = OutboxEvents.pending(EventType.ROUND_OPENED, round.id().toString(), round.snapshot(), origin.at());
        if (!rounds.insert(round, List.of(event))) {
            throw new ProblemException(ProblemKind.CONFLICT, "Round " + round.id() + " already exists");
        }
        return RoundView.of(round);
    }

    private List<String> requiredUnits(List<String> requested, Origin origin, List<FieldError> errors) {
        if (requested == null) {
            List<String> all = copies.activeCommunesOf(origin.provinceCode());
            if (all.isEmpty()) {
                errors.add(new FieldError("unitCodes", "no commune-level unit of province " + origin.provinceCode()
                        + " is known yet; list the units"));
            }
            return all;
        }
        return checkUnitCodes(requested, origin.provinceCode(), origin.trustPlan(), errors);
    }

    /**
     * Checks the units a round or regime names: at least one, each known from the local copy (unless
     * {@code trustUnknown}: a regime's units were checked when it was created), of the province, once.
     *
     * @return the distinct codes in order
     */
    public List<String> checkUnitCodes(List<String> requested, String provinceCode, boolean trustUnknown,
            List<FieldError> errors) {
        if (requested.isEmpty()) {
            errors.add(new FieldError("unitCodes", "must name at least one unit"));
        }
        LinkedHashSet<String> distinct = new LinkedHashSet<>();
        for (int i = 0; i < requested.size(); i++) {
            String code = requested.get(i);
            var unit = code == null ? java.util.Optional.<LocalCopies.KnownUnit>empty() : copies.unit(code);
            if (unit.isEmpty()) {
                if (!trustUnknown) {
                    errors.add(new FieldError("unitCodes[" + i + "]", "unknown unit " + code));
                    continue;
                }
            } else if (!provinceCode.equals(unit.get().parentCode())) {
                errors.add(new FieldError("unitCodes[" + i + "]", "unit " + code + " is not in province " + provinceCode));
                continue;
            }
            if (!distinct.add(code)) {
                errors.add(new FieldError("unitCodes[" + i + "]", "duplicate unit " + code));
            }
        }
        return List.copyOf(distinct);
    }

    public RoundView changeDeadline(UUID id, DeadlineRequest body, String ifMatch, Caller caller) {
        RoundEntity round = get(id);
        if (!caller.isCityAdmin() || !caller.coversProvince(round.issuerUnitCode())) {
            throw ProblemException.forbidden("Only a city admin of province " + round.issuerUnitCode()
                    + " changes this round's deadline");
        }
        long expected = ETags.required(ifMatch, round.revision());
        if (body.dueAt().toInstant().equals(round.dueAt().toInstant())) {
            throw ProblemException.invalid("dueAt", "is already the deadline");
        }
        OffsetDateTime now = VietnamTime.now(clock);
        RoundEntity changed = round.withDeadline(body.dueAt().withOffsetSameInstant(ZoneOffset.UTC),
                new RoundEntity.DeadlineChange(round.dueAt(), body.dueAt().withOffsetSameInstant(ZoneOffset.UTC),
                        now.withOffsetSameInstant(ZoneOffset.UTC), caller.subject(), VietnameseText.nfc(body.reason())));
        var event = OutboxEvents.pending(EventType.ROUND_DEADLINE_CHANGED, id.toString(), changed.snapshot(), now);
        if (!rounds.update(changed, expected, List.of(event))) {
            throw ETags.stale(get(id).revision());
        }
        return RoundView.of(changed);
    }

    /** Closes the round (chốt số liệu): from now on only units it is reopened for may write. */
    public RoundView close(UUID id, CloseRoundRequest body, String ifMatch, Caller caller) {
        RoundEntity round = administered(id, caller, "closes");
        long expected = ifMatch == null ? round.revision() : ETags.required(ifMatch, round.revision());
        if (round.isClosed()) {
            throw new ProblemException(ProblemKind.ROUND_CLOSED, "Round " + id + " was already closed at "
                    + VietnamTime.of(round.closedAt()) + " by " + round.closedBy());
        }
        String note = body == null || body.note() == null || body.note().isBlank() ? null
                : VietnameseText.nfc(body.note().trim());
        OffsetDateTime now = VietnamTime.now(clock);
        RoundEntity changed = round.closed(now.withOffsetSameInstant(ZoneOffset.UTC), caller.subject(), note);
        return save(changed, expected, EventType.ROUND_CLOSED, now);
    }

    /** Reopens a closed round for one unit, which alone may then start, edit and submit until its own deadline. */
    public RoundView reopen(UUID id, ReopenRequest body, String ifMatch, Caller caller) {
        RoundEntity round = administered(id, caller, "reopens");
        long expected = ifMatch == null ? round.revision() : ETags.required(ifMatch, round.revision());
        List<FieldError> errors = new ArrayList<>();
        if (!round.requires(body.unitCode())) {
            errors.add(new FieldError("unitCode", "unit " + body.unitCode() + " is not asked to report in this round"));
        }
        OffsetDateTime now = VietnamTime.now(clock);
        if (!body.dueAt().isAfter(now)) {
            errors.add(new FieldError("dueAt", "must be in the future"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        if (!round.isClosed()) {
            throw new ProblemException(ProblemKind.INVALID_STATE, "Round " + id
                    + " is open: every unit may still write; only a closed round is reopened for a unit");
        }
        RoundReopening reopening = new RoundReopening(body.unitCode(), VietnameseText.nfc(body.reason().trim()),
                body.dueAt().withOffsetSameInstant(ZoneOffset.UTC), caller.subject(), now.withOffsetSameInstant(ZoneOffset.UTC));
        return save(round.reopenedFor(reopening), expected, EventType.ROUND_REOPENED, now);
    }

    private RoundEntity administered(UUID id, Caller caller, String action) {
        RoundEntity round = get(id);
        if (!caller.isCityAdmin() || !caller.coversProvince(round.issuerUnitCode())) {
            throw ProblemException.forbidden("Only a city admin of province " + round.issuerUnitCode() + " " + action
                    + " this round");
        }
        return round;
    }

    private RoundView save(RoundEntity changed, long expected, EventType type, OffsetDateTime now) {
        var event = OutboxEvents.pending(type, changed.id().toString(), changed.snapshot(), now);
        if (!rounds.update(changed, expected, List.of(event))) {
            throw ETags.stale(get(changed.id()).revision());
        }
        return RoundView.of(changed);
    }

    public RoundEntity get(UUID id) {
        return rounds.find(id).orElseThrow(() -> ProblemException.notFound("Round " + id));
    }

    public RoundEntity readable(UUID id, Caller caller) {
        RoundEntity round = get(id);
        boolean allowed = caller.isCity() || caller.isIntegration()
                ? caller.coversProvince(round.issuerUnitCode())
                : caller.isUnitOfficer() && round.requires(caller.unitCode());
        if (!allowed) {
            throw ProblemException.forbidden("This round is not addressed to the caller");
        }
        return round;
    }

    public Page<RoundView> list(Caller caller, UUID planId, UUID regimeId, String q, Paging paging) {
        List<Bson> filters = new ArrayList<>();
        if (caller.isCity() || caller.isIntegration()) {
            if (caller.provinceCode() == null) {
                throw ProblemException.forbidden("The token names no province whose rounds it may list");
            }
            filters.add(Filters.eq("issuerUnitCode", caller.provinceCode()));
        } else if (caller.isUnitOfficer()) {
            filters.add(Filters.eq("requiredUnitCodes", caller.unitCode()));
        } else {
            throw ProblemException.forbidden("No platform role");
        }
        if (planId != null) {
            filters.add(Filters.eq("planId", planId.toString()));
        }
        if (regimeId != null) {
            filters.add(Filters.eq("regimeId", regimeId.toString()));
        }
        if (q != null && !q.isBlank()) {
            for (String word : VietnameseText.fold(q).split(" ")) {
                filters.add(Filters.regex("searchKey", java.util.regex.Pattern.quote(word)));
            }
        }
        Bson filter = filters.isEmpty() ? new org.bson.Document() : Filters.and(filters);
        return new Page<>(rounds.list(filter, paging.page(), paging.size()).stream().map(RoundView::of).toList(),
                paging.page(), paging.size(),
                rounds.count(filter));
    }
}
