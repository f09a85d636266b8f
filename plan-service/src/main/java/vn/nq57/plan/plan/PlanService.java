package vn.nq57.plan.plan;

import com.fasterxml.jackson.core.type.TypeReference;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.nq57.contracts.events.EventCodec;
import vn.nq57.contracts.events.EventType;
import vn.nq57.contracts.events.PlanStatus;
import vn.nq57.contracts.problem.FieldError;
import vn.nq57.contracts.problem.ProblemException;
import vn.nq57.contracts.problem.ProblemKind;
import vn.nq57.contracts.security.Caller;
import vn.nq57.contracts.text.VietnameseText;
import vn.nq57.contracts.problem.ETags;
import vn.nq57.support.http.Page;
import vn.nq57.support.http.Paging;
import vn.nq57.plan.common.Search;
import vn.nq57.plan.common.Texts;
import vn.nq57.plan.outbox.Outbox;
import vn.nq57.plan.unit.Unit;
import vn.nq57.plan.unit.UnitRepository;

/**
 * Plans and their lifecycle: DRAFT → ISSUED → AMENDED (by a new version) / SUPERSEDED / CLOSED. Every
 * change that others must learn of stores its {@code plan.*} event in the same transaction.
 */
@ApplicationScoped
public class PlanService {

    @Inject
    PlanRepository plans;

    @Inject
    UnitRepository units;

    @Inject
    Outbox outbox;

    /** A plan version with its parsed document parts. */
    public record Loaded(PlanVersion version, PlanParts.Content content) {
        public PlanView view() {
            return PlanView.of(version, content);
        }
    }

    @WithTransaction
    public Uni<Loaded> create(Caller caller, PlanRequest request) {
        return createDraft(caller, request, UUID.randomUUID());
    }

    /** Creates a draft with a chosen plan id (the demo loader's fixed ids); joins the caller's transaction. */
    @WithTransaction
    public Uni<Loaded> createDraft(Caller caller, PlanRequest request, UUID planId) {
        PlanRequest req = Texts.nfc(request);
        if (caller.isUnitOfficer() && !caller.isCityAdmin() && !caller.unitCode().equals(req.unitCode())) {
            throw ProblemException.forbidden("A unit officer creates plans of their own unit " + caller.unitCode()
                    + " only");
        }
        return issuingUnit(req.unitCode()).flatMap(unit -> {
            if (!caller.canWrite(unit.code, unit.provinceCode)) {
                throw ProblemException.forbidden("You may not create plans of unit " + unit.code);
            }
            return checkContent(req, unit, planId).flatMap(ignored -> {
                OffsetDateTime now = now();
                PlanVersion v = new PlanVersion();
                v.id = UUID.randomUUID();
                v.planId = planId;
                v.versionNumber = 1;
                v.latest = true;
                v.status = PlanStatus.DRAFT;
                v.unitCode = unit.code;
                v.provinceCode = unit.provinceCode;
                v.revision = 1;
                v.createdBy = caller.subject();
                v.createdAt = now;
                apply(v, req);
                return plans.persist(v).map(saved -> new Loaded(saved, req.content()));
            });
        });
    }

    @WithTransaction
    public Uni<Loaded> update(Caller caller, UUID planId, String ifMatch, PlanRequest request) {
        PlanRequest req = Texts.nfc(request);
        return writable(caller, planId).flatMap(v -> {
            requireStatus(v, PlanStatus.DRAFT, "edit");
            ETags.required(ifMatch, v.version);
            if (!v.unitCode.equals(req.unitCode())) {
                throw ProblemException.invalid("unitCode", "a plan cannot move to another unit (it belongs to "
                        + v.unitCode + ")");
            }
            return units.findById(v.unitCode).flatMap(unit -> checkContent(req, unit, planId)).map(ignored -> {
                apply(v, req);
                v.revision++;
                return new Loaded(v, req.content());
            });
        });
    }

    /** Ban hành: fixes number and date; an amendment's issue turns the version it replaces into AMENDED. */
    @WithTransaction
    public Uni<Loaded> issue(Caller caller, UUID planId, String ifMatch, IssueRequest request) {
        String number = request.numberSymbol().strip().replace(" ", "");
        return writable(caller, planId).flatMap(v -> {
            requireStatus(v, PlanStatus.DRAFT, "issue");
            ETags.checkIfPresent(ifMatch, v.version);
            if (!PlanRules.NUMBER_SYMBOL.matcher(number).matches()) {
                throw ProblemException.invalid("numberSymbol", "expected number/symbol such as 48/KH-UBND");
            }
            int year = request.issuedOn().getYear();
            return plans.numberTaken(v.unitCode, number, year, v.id).flatMap(taken -> {
                if (taken) {
                    throw new ProblemException(ProblemKind.CONFLICT, "Unit " + v.unitCode + " already issued "
                            + number + " in " + year, List.of(new FieldError("numberSymbol", "already used in " + year)));
                }
                Uni<Void> previous = v.replacesVersion == null ? Uni.createFrom().voidItem()
                        : plans.version(planId, v.replacesVersion).invoke(old -> {
                            old.status = PlanStatus.AMENDED;
                            old.updatedAt = now();
                        }).replaceWithVoid();
                return previous.flatMap(ignored -> {
                    v.status = PlanStatus.ISSUED;
                    v.numberSymbol = number;
                    v.issuedOn = request.issuedOn();
                    v.issueYear = year;
                    return changed(v, v.replacesVersion == null ? EventType.PLAN_ISSUED : EventType.PLAN_AMENDED);
                });
            });
        });
    }

    /** Starts an amendment: a new draft version copying the issued one; issuing it replaces that one. */
    @WithTransaction
    public Uni<Loaded> amend(Caller caller, UUID planId, String ifMatch) {
        return writable(caller, planId).flatMap(old -> {
            requireStatus(old, PlanStatus.ISSUED, "amend");
            ETags.checkIfPresent(ifMatch, old.version);
            old.latest = false;
            PlanVersion v = new PlanVersion();
            v.id = UUID.randomUUID();
            v.planId = old.planId;
            v.versionNumber = old.versionNumber + 1;
            v.replacesVersion = old.versionNumber;
            v.latest = true;
            v.status = PlanStatus.DRAFT;
            v.unitCode = old.unitCode;
            v.provinceCode = old.provinceCode;
            v.place = old.place;
            v.title = old.title;
            v.year = old.year;
            v.periodFrom = old.periodFrom;
            v.periodTo = old.periodTo;
            v.parentPlanId = old.parentPlanId;
            v.content = new LinkedHashMap<>(old.content);
            v.searchText = old.searchText;
            v.revision = old.revision + 1;
            v.createdBy = caller.subject();
            v.createdAt = now();
            v.updatedAt = v.createdAt;
            // The old row must stop being latest before the new one is inserted (unique partial index).
            return plans.flush().flatMap(ignored -> plans.persist(v)).map(saved -> new Loaded(saved, parse(saved)));
        });
    }

    @WithTransaction
    public Uni<Loaded> supersede(Caller caller, UUID planId, String ifMatch, SupersedeRequest request) {
        return writable(caller, planId).flatMap(v -> {
            requireStatus(v, PlanStatus.ISSUED, "supersede");
            ETags.checkIfPresent(ifMatch, v.version);
            if (request.supersededByPlanId().equals(planId)) {
                throw ProblemException.invalid("supersededByPlanId", "a plan cannot supersede itself");
            }
            return plans.latest(request.supersededByPlanId()).flatMap(other -> {
                if (other == null || !caller.canRead(other.unitCode, other.provinceCode)) {
                    throw ProblemException.invalid("supersededByPlanId", "unknown plan " + request.supersededByPlanId());
                }
                v.status = PlanStatus.SUPERSEDED;
                v.supersededByPlanId = other.planId;
                return changed(v, EventType.PLAN_SUPERSEDED);
            });
        });
    }

    @WithTransaction
    public Uni<Loaded> close(Caller caller, UUID planId, String ifMatch) {
        return writable(caller, planId).flatMap(v -> {
            requireStatus(v, PlanStatus.ISSUED, "close");
            ETags.checkIfPresent(ifMatch, v.version);
            v.status = PlanStatus.CLOSED;
            return changed(v, EventType.PLAN_CLOSED);
        });
    }

    @WithSession
    public Uni<Boolean> exists(UUID planId) {
        return plans.count("planId", planId).map(n -> n > 0);
    }

    @WithSession
    public Uni<Loaded> get(Caller caller, UUID planId, Integer versionNumber) {
        Uni<PlanVersion> found = versionNumber == null ? plans.latest(planId) : plans.version(planId, versionNumber);
        return found.map(v -> {
            readable(caller, v, planId);
            return new Loaded(v, parse(v));
        });
    }

    @WithSession
    public Uni<List<PlanSummary>> versions(Caller caller, UUID planId) {
        return plans.versions(planId).map(list -> {
            readable(caller, list.isEmpty() ? null : list.get(0), planId);
            return list.stream().map(PlanSummary::of).toList();
        });
    }

    @WithSession
    public Uni<Page<PlanSummary>> search(Caller caller, String unit, Integer year, PlanStatus status,
            UUID parentPlanId, String q, Paging paging) {
        StringBuilder where = new StringBuilder("latest = true");
        Parameters params = new Parameters();
        if (caller.isCity() || caller.isIntegration()) {
            // A token without province_code covers no province: it sees nothing, never everything.
            where.append(caller.provinceCode() == null ? " and 1 = 0" : " and provinceCode = :province");
            if (caller.provinceCode() != null) {
                params.and("province", caller.provinceCode());
            }
        } else if (caller.isUnitOfficer()) {
            where.append(" and unitCode = :own");
            params.and("own", caller.unitCode());
        } else {
            throw ProblemException.forbidden("Your token grants no access to plans");
        }
        if (unit != null && !unit.isBlank()) {
            where.append(" and unitCode = :unit");
            params.and("unit", unit.strip());
        }
        if (year != null) {
            where.append(" and year = :year");
            params.and("year", year);
        }
        if (status != null) {
            where.append(" and status = :status");
            params.and("status", status);
        }
        if (parentPlanId != null) {
            where.append(" and parentPlanId = :parent");
            params.and("parent", parentPlanId);
        }
        String pattern = Search.pattern(q);
        if (pattern != null) {
            where.append(" and searchText like :q");
            params.and("q", pattern);
        }
        var query = plans.find(where.toString(), Sort.descending("updatedAt").and("planId"), params);
        var page = io.quarkus.panache.common.Page.of(paging.page(), paging.size());
        return query.count().flatMap(total -> query.page(page).list()
                .map(list -> new Page<>(list.stream().map(PlanSummary::of).toList(), paging.page(), paging.size(),
                        total)));
    }

    /** Which commune-level units of a city plan's province have issued an implementing plan. */
    @WithSession
    public Uni<CoverageView> coverage(Caller caller, UUID planId) {
        return plans.latest(planId).flatMap(plan -> {
            readable(caller, plan, planId);
            return units.findById(plan.unitCode).flatMap(unit -> {
                if (!unit.type.isProvinceLevel()) {
                    throw new ProblemException(ProblemKind.INVALID_STATE,
                            "Coverage applies to a plan of a province/city; " + plan.unitCode + " is a " + unit.type);
                }
                return units.communesOf(unit.code).flatMap(communes -> plans.implementing(planId)
                        .map(implementing -> CoverageView.of(plan, communes, implementing)));
            });
        });
    }

    private Uni<Unit> issuingUnit(String code) {
        return units.findById(code).map(unit -> {
            if (unit == null) {
                throw ProblemException.invalid("unitCode", "unknown unit " + code);
            }
            if (!unit.active) {
                throw ProblemException.invalid("unitCode", "unit " + code + " is no longer active");
            }
            return unit;
        });
    }

    private Uni<Void> checkContent(PlanRequest req, Unit unit, UUID planId) {
        List<FieldError> errors = PlanRules.check(req);
        if (req.parentPlanId() == null) {
            if (!errors.isEmpty()) {
                throw ProblemException.invalid(errors);
            }
            return Uni.createFrom().voidItem();
        }
        return plans.latest(req.parentPlanId()).map(parent -> {
            if (parent == null || req.parentPlanId().equals(planId)) {
                errors.add(new FieldError("parentPlanId", "unknown plan " + req.parentPlanId()));
            } else if (!parent.provinceCode.equals(unit.provinceCode) || parent.unitCode.equals(unit.code)) {
                errors.add(new FieldError("parentPlanId", "plan " + req.parentPlanId()
                        + " is not a plan of the province/city of unit " + unit.code));
            }
            if (!errors.isEmpty()) {
                throw ProblemException.invalid(errors);
            }
            return null;
        });
    }

    private Uni<PlanVersion> writable(Caller caller, UUID planId) {
        return plans.latest(planId).map(v -> {
            readable(caller, v, planId);
            if (!caller.canWrite(v.unitCode, v.provinceCode)) {
                throw ProblemException.forbidden("You may read but not change plans of unit " + v.unitCode);
            }
            return v;
        });
    }

    private static void readable(Caller caller, PlanVersion v, UUID planId) {
        if (v == null) {
            throw ProblemException.notFound("Plan " + planId);
        }
        if (!caller.canRead(v.unitCode, v.provinceCode)) {
            throw ProblemException.forbidden("Plan " + planId + " belongs to unit " + v.unitCode
                    + ", outside your scope");
        }
    }

    private static void requireStatus(PlanVersion v, PlanStatus expected, String action) {
        if (v.status != expected) {
            throw new ProblemException(ProblemKind.INVALID_STATE, "Cannot " + action + " plan " + v.planId
                    + " version " + v.versionNumber + ": it is " + v.status + ", not " + expected);
        }
    }

    private Uni<Loaded> changed(PlanVersion v, EventType type) {
        v.revision++;
        v.updatedAt = now();
        return outbox.append(type, v.planId.toString(), v.snapshot()).map(e -> new Loaded(v, parse(v)));
    }

    private static void apply(PlanVersion v, PlanRequest req) {
        PlanParts.Content content = req.content();
        v.title = req.title().strip();
        v.place = Texts.trimToNull(req.place());
        v.year = req.year();
        v.periodFrom = req.periodFrom();
        v.periodTo = req.periodTo();
        v.parentPlanId = req.parentPlanId();
        v.content = toJson(content);
        v.searchText = VietnameseText.fold(v.title + " " + (v.place == null ? "" : v.place) + " "
                + String.join(" ", strings(v.content)));
        v.updatedAt = now();
    }

    static Map<String, Object> toJson(PlanParts.Content content) {
        return EventCodec.mapper().convertValue(content, new TypeReference<LinkedHashMap<String, Object>>() { });
    }

    static PlanParts.Content parse(PlanVersion v) {
        return EventCodec.mapper().convertValue(v.content, PlanParts.Content.class);
    }

    /** Every text inside the document parts, for the search key. */
    private static List<String> strings(Object json) {
        List<String> out = new ArrayList<>();
        if (json instanceof Map<?, ?> o) {
            o.values().forEach(x -> out.addAll(strings(x)));
        } else if (json instanceof List<?> a) {
            a.forEach(x -> out.addAll(strings(x)));
        } else if (json instanceof String s) {
            out.add(s);
        }
        return out;
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
