package vn.nq57.submission.regime;

import com.mongodb.client.model.Filters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.bson.Document;
import org.jboss.logging.Logger;
import vn.nq57.contracts.events.DocumentRef;
import vn.nq57.contracts.events.ReportingPeriod;
import vn.nq57.contracts.problem.FieldError;
import vn.nq57.contracts.problem.ProblemException;
import vn.nq57.contracts.security.Caller;
import vn.nq57.contracts.text.VietnameseText;
import vn.nq57.submission.local.LocalCopies;
import vn.nq57.submission.round.CatalogueRules;
import vn.nq57.submission.round.OpenRoundRequest;
import vn.nq57.submission.round.Periods;
import vn.nq57.submission.round.RoundRepository;
import vn.nq57.submission.round.RoundService;
import vn.nq57.submission.round.RoundView;
import vn.nq57.submission.support.Documents;
import vn.nq57.submission.support.MongoCollections;
import vn.nq57.support.time.VietnamTime;
import vn.nq57.submission.template.DefaultTemplate;

/** Periodic regimes and the rounds they open when a Decree 09/2019 cut-off date arrives. */
@ApplicationScoped
public class RegimeService {

    private static final Logger LOG = Logger.getLogger(RegimeService.class);

    @Inject
    MongoCollections collections;

    @Inject
    LocalCopies copies;

    @Inject
    RoundService roundService;

    @Inject
    RoundRepository rounds;

    @Inject
    Clock clock;

    public RegimeEntity create(RegimeRequest body, Caller caller) {
        if (!caller.isCityAdmin() || caller.provinceCode() == null) {
            throw ProblemException.forbidden("Only a city admin of a province creates reporting regimes");
        }
        List<FieldError> errors = new ArrayList<>();
        copies.plan(body.planId()).ifPresentOrElse(plan -> {
            if (!plan.isCurrent() || !caller.provinceCode().equals(plan.unitCode())) {
                errors.add(new FieldError("planId", "plan " + plan.numberSymbol() + " is not an issued plan of province "
                        + caller.provinceCode()));
            }
        }, () -> errors.add(new FieldError("planId", "unknown plan " + body.planId())));
        if (body.request().numberSymbol() == null || body.request().numberSymbol().isBlank()) {
            errors.add(new FieldError("request.numberSymbol", "must not be blank"));
        }
        int workingDays = body.deadlineWorkingDays() == null ? 1 : body.deadlineWorkingDays();
        var outline = body.outline() == null ? DefaultTemplate.TEMPLATE.outline() : body.outline();
        var indicators = body.indicators() == null ? DefaultTemplate.TEMPLATE.indicators() : body.indicators();
        CatalogueRules.checkOutline(outline, "outline", errors);
        CatalogueRules.checkIndicators(indicators, "indicators", errors);
        List<String> units = body.unitCodes() == null ? null
                : roundService.checkUnitCodes(body.unitCodes(), caller.provinceCode(), false, errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        OffsetDateTime now = VietnamTime.now(clock);
        RegimeEntity regime = new RegimeEntity(UUID.randomUUID(), body.planId(), VietnameseText.nfc(body.title().trim()),
                caller.provinceCode(), normalized(body.request()), body.frequency(), workingDays,
                body.dueTime() == null ? LocalTime.of(17, 0) : body.dueTime(), body.resubmissionDays(), units,
                outline, indicators, body.startsOn() == null ? now.toLocalDate() : body.startsOn(), true,
                now.withOffsetSameInstant(ZoneOffset.UTC), caller.subject(), 1);
        collections.regimes().insertOne(Documents.of(regime));
        return regime;
    }

    private static DocumentRef normalized(DocumentRef request) {
        return new DocumentRef(VietnameseText.nfc(request.numberSymbol().trim()),
                request.issuedOn(), VietnameseText.nfc(request.issuer()));
    }

    public RegimeEntity deactivate(UUID id, Caller caller) {
        RegimeEntity regime = get(id, caller);
        if (!caller.isCityAdmin()) {
            throw ProblemException.forbidden("Only a city admin stops a regime");
        }
        RegimeEntity stopped = regime.deactivated();
        Document set = Documents.of(stopped);
        set.remove("_id");
        collections.regimes().updateOne(Filters.eq("_id", id.toString()), new Document("$set", set));
        return stopped;
    }

    public RegimeEntity get(UUID id, Caller caller) {
        RegimeEntity regime = Optional.ofNullable(collections.regimes().find(Filters.eq("_id", id.toString())).first())
                .map(d -> Documents.read(d, RegimeEntity.class))
                .orElseThrow(() -> ProblemException.notFound("Regime " + id));
        if (!(caller.isCity() || caller.isIntegration()) || !caller.coversProvince(regime.issuerUnitCode())) {
            throw ProblemException.forbidden("Regimes are read by city roles and integrations of province "
                    + regime.issuerUnitCode());
        }
        return regime;
    }

    public List<RegimeEntity> list(Caller caller) {
        if (!(caller.isCity() || caller.isIntegration()) || caller.provinceCode() == null) {
            throw ProblemException.forbidden("Regimes are read by city roles and integrations of a province");
        }
        List<RegimeEntity> all = new ArrayList<>();
        var filter = Filters.eq("issuerUnitCode", caller.provinceCode());
        for (Document d : collections.regimes().find(filter)) {
            all.add(Documents.read(d, RegimeEntity.class));
        }
        return all;
    }

    /** Opens, for every active regime, the round of the latest window whose cut-off date has come. */
    public void openDueRounds() {
        OffsetDateTime now = VietnamTime.now(clock);
        for (Document d : collections.regimes().find(Filters.eq("active", true))) {
            RegimeEntity regime = Documents.read(d, RegimeEntity.class);
            try {
                openDueRound(regime, now);
            } catch (ProblemException e) {
                LOG.warnf("Regime %s could not open its round: %s", regime.id(), e.getMessage());
            }
        }
    }

    private void openDueRound(RegimeEntity regime, OffsetDateTime now) {
        YearMonth endMonth = Periods.latestClosedEndMonth(regime.frequency(), now.toLocalDate());
        ReportingPeriod window = Periods.decreeWindow(regime.frequency(), endMonth);
        LocalDate cutOff = window.to();
        String periodKey = regime.frequency() + "-" + endMonth;
        if (cutOff.isBefore(regime.startsOn()) || rounds.existsForPeriod(regime.id(), periodKey)) {
            return;
        }
        OffsetDateTime dueAt = WorkingDays.after(cutOff, regime.deadlineWorkingDays()).atTime(regime.dueTime())
                .atZone(VietnamTime.ZONE).toOffsetDateTime();
        UUID roundId = UUID.nameUUIDFromBytes((regime.id() + "|" + periodKey).getBytes(StandardCharsets.UTF_8));
        OpenRoundRequest body = new OpenRoundRequest(regime.planId(), regime.title() + " (" + label(window) + ")",
                regime.request(), window, cutOff, dueAt, regime.resubmissionDays(), regime.unitCodes(), regime.outline(),
                regime.indicators());
        RoundView round = roundService.open(body, new RoundService.Origin("regime:" + regime.id(), regime.issuerUnitCode(),
                roundId, regime.id(), periodKey, true, now));
        LOG.infof("Regime %s opened round %s for %s", regime.id(), round.roundId(), periodKey);
    }

    private static String label(ReportingPeriod p) {
        return switch (p.kind()) {
            case "MONTH" -> "tháng " + p.number() + "/" + p.year();
            case "QUARTER" -> "quý " + p.number() + "/" + p.year();
            case "HALF_YEAR" -> (p.number() == 1 ? "6 tháng đầu năm " : "6 tháng cuối năm ") + p.year();
            default -> "năm " + p.year();
        };
    }
}
