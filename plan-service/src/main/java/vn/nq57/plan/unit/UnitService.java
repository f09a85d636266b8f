package vn.nq57.plan.unit;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import vn.nq57.contracts.events.EventType;
import vn.nq57.contracts.events.Qualifier;
import vn.nq57.contracts.events.UnitFact;
import vn.nq57.contracts.events.UnitType;
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

/** Units: who may see and change which, validation, import, and the {@code unit.upserted} events. */
@ApplicationScoped
public class UnitService {

    @Inject
    UnitRepository units;

    @Inject
    Outbox outbox;

    @WithSession
    public Uni<Page<UnitView>> list(Caller caller, String parent, UnitType type, String q, Paging paging) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        scope(caller, where, params);
        if (parent != null && !parent.isBlank()) {
            where.append(" and parentCode = :parent");
            params.and("parent", parent.strip());
        }
        if (type != null) {
            where.append(" and type = :type");
            params.and("type", type);
        }
        String pattern = Search.pattern(q);
        if (pattern != null) {
            where.append(" and searchKey like :q");
            params.and("q", pattern);
        }
        var query = units.find(where.toString(), Sort.by("code"), params);
        var page = io.quarkus.panache.common.Page.of(paging.page(), paging.size());
        return query.count().flatMap(total -> query.page(page).list()
                .map(list -> new Page<>(list.stream().map(UnitView::of).toList(), paging.page(), paging.size(),
                        total)));
    }

    private static void scope(Caller caller, StringBuilder where, Parameters params) {
        if (caller.isCity() || caller.isIntegration()) {
            // A token without province_code covers no province: it sees nothing, never everything.
            where.append(caller.provinceCode() == null ? " and 1 = 0" : " and provinceCode = :province");
            if (caller.provinceCode() != null) {
                params.and("province", caller.provinceCode());
            }
        } else if (caller.isUnitOfficer()) {
            where.append(" and code = :own");
            params.and("own", caller.unitCode());
        } else {
            throw ProblemException.forbidden("Your token grants no access to units");
        }
    }

    @WithSession
    public Uni<Unit> get(Caller caller, String code) {
        return units.findById(code).map(unit -> {
            requireReadable(caller, unit, code);
            return unit;
        });
    }

    @WithTransaction
    public Uni<Unit> create(Caller caller, UnitRequest request) {
        UnitRequest req = Texts.nfc(request);
        return parentOf(req).flatMap(parent -> {
            List<FieldError> errors = rules(req.code(), req.name(), req.type(), req.parentCode(), parent);
            errors.addAll(factRules(req.facts()));
            if (!errors.isEmpty()) {
                throw ProblemException.invalid(errors);
            }
            String province = req.type().isProvinceLevel() ? req.code() : parent.code;
            requireAdmin(caller, province);
            return units.findById(req.code()).flatMap(existing -> {
                if (existing != null) {
                    throw new ProblemException(ProblemKind.CONFLICT, "Unit " + req.code() + " already exists",
                            List.of(new FieldError("code", "already exists")));
                }
                Unit unit = new Unit();
                unit.code = req.code();
                unit.createdAt = now();
                unit.active = req.active() == null || req.active();
                apply(unit, req.name(), req.fullName(), req.type(), parent, req.offices() == null ? List.of() : req.offices());
                unit.facts(req.facts() == null ? List.of() : req.facts());
                return publish(unit).call(u -> units.persist(u));
            });
        });
    }

    @WithTransaction
    public Uni<Unit> update(Caller caller, String code, String ifMatch, UnitRequest request) {
        UnitRequest req = Texts.nfc(request);
        return units.findById(code).flatMap(unit -> {
            requireReadable(caller, unit, code);
            requireAdmin(caller, unit.provinceCode);
            ETags.required(ifMatch, unit.version);
            if (!code.equals(req.code())) {
                throw ProblemException.invalid("code", "cannot change a unit's code (path says " + code + ")");
            }
            return parentOf(req).flatMap(parent -> {
                List<FieldError> errors = rules(req.code(), req.name(), req.type(), req.parentCode(), parent);
                errors.addAll(factRules(req.facts()));
                if (!errors.isEmpty()) {
                    throw ProblemException.invalid(errors);
                }
                String province = req.type().isProvinceLevel() ? req.code() : parent.code;
                requireAdmin(caller, province);
                apply(unit, req.name(), req.fullName(), req.type(), parent,
                        req.offices() == null ? unit.offices() : req.offices());
                if (req.facts() != null) {
                    unit.facts(req.facts());
                }
                if (req.active() != null) {
                    unit.active = req.active();
                }
                return publish(unit);
            });
        });
    }

    /** Deactivates a unit (merged or dissolved): it stays for history, events tell the others. */
    @WithTransaction
    public Uni<Unit> deactivate(Caller caller, String code, String ifMatch) {
        return units.findById(code).flatMap(unit -> {
            requireReadable(caller, unit, code);
            requireAdmin(caller, unit.provinceCode);
            ETags.checkIfPresent(ifMatch, unit.version);
            if (!unit.active) {
                return Uni.createFrom().item(unit);
            }
            unit.active = false;
            return publish(unit);
        });
    }

    /** Sets a unit's offices when it has none yet (demo data); answers whether it changed anything. */
    @WithTransaction
    public Uni<Boolean> ensureOffices(String code, List<String> offices) {
        return units.findById(code).flatMap(unit -> {
            if (unit == null || !unit.offices().isEmpty()) {
                return Uni.createFrom().item(false);
            }
            unit.offices(offices.stream().map(VietnameseText::nfc).toList());
            unit.updatedAt = now();
            return publish(unit).replaceWith(true);
        });
    }

    /** Sets a unit's facts when it has none yet (demo data); answers whether it changed anything. */
    @WithTransaction
    public Uni<Boolean> ensureFacts(String code, List<UnitFact> facts) {
        return units.findById(code).flatMap(unit -> {
            if (unit == null || !unit.facts().isEmpty()) {
                return Uni.createFrom().item(false);
            }
            unit.facts(Texts.nfc(new FactList(facts)).facts());
            unit.updatedAt = now();
            return publish(unit).replaceWith(true);
        });
    }

    /** A list wrapper so that {@link Texts#nfc} can normalise it. */
    record FactList(List<UnitFact> facts) {
    }

    /** One fact per code, and a qualifier a single number can carry. */
    static List<FieldError> factRules(List<UnitFact> facts) {
        List<FieldError> errors = new ArrayList<>();
        if (facts == null) {
            return errors;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < facts.size(); i++) {
            UnitFact fact = facts.get(i);
            if (fact == null) {
                continue;
            }
            if (fact.code() != null && !seen.add(fact.code())) {
                errors.add(new FieldError("facts[" + i + "].code", "duplicate fact " + fact.code()));
            }
            if (fact.qualifier() == Qualifier.RANGE || fact.qualifier() == Qualifier.RATIO) {
                errors.add(new FieldError("facts[" + i + "].qualifier", "must be EXACT, ABOUT or AT_LEAST"));
            }
        }
        return errors;
    }

    /** Imports CSV rows: good rows are stored (in one transaction), bad rows are reported and change nothing. */
    @WithTransaction
    public Uni<ImportReport> importCsv(Caller caller, String body) {
        if (!caller.isCityAdmin()) {
            throw ProblemException.forbidden("Only city administrators import units");
        }
        return importLines(caller, UnitCsv.parse(body));
    }

    /** Imports parsed rows with the caller's rights; joins the caller's transaction. */
    @WithTransaction
    public Uni<ImportReport> importLines(Caller caller, List<UnitCsv.Line> lines) {
        if (!caller.isCityAdmin()) {
            throw ProblemException.forbidden("Only city administrators import units");
        }
        Set<String> codes = new HashSet<>();
        lines.forEach(l -> {
            if (l.code() != null) {
                codes.add(l.code());
            }
            if (l.parentCode() != null && !l.parentCode().isBlank()) {
                codes.add(l.parentCode());
            }
        });
        return units.byCodes(codes).flatMap(existing -> {
            Map<String, Unit> known = new HashMap<>();
            existing.forEach(u -> known.put(u.code, u));
            List<ImportReport.RowResult> results = new ArrayList<>();
            List<Unit> toPersist = new ArrayList<>();
            List<Unit> toPublish = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (UnitCsv.Line line : lines) {
                results.add(importLine(caller, line, known, seen, toPersist, toPublish));
            }
            return Multi.createFrom().iterable(toPublish).onItem().transformToUniAndConcatenate(this::publish)
                    .collect().asList()
                    .flatMap(ignored -> toPersist.isEmpty() ? Uni.createFrom().voidItem() : units.persist(toPersist))
                    .map(ignored -> ImportReport.of(results));
        });
    }

    private ImportReport.RowResult importLine(Caller caller, UnitCsv.Line line, Map<String, Unit> known,
            Set<String> seen, List<Unit> toPersist, List<Unit> toPublish) {
        if (line.error() != null) {
            return error(line, line.errorColumn(), line.error());
        }
        if (!seen.add(line.code())) {
            return error(line, "code", "code " + line.code() + " appears more than once in the file");
        }
        UnitType type;
        try {
            type = line.type().isEmpty() ? null : UnitType.valueOf(line.type().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return error(line, "type", "must be one of city, province, xa, phuong, dac_khu");
        }
        String parentCode = line.parentCode().isEmpty() ? null : line.parentCode();
        Unit parent = parentCode == null ? null : known.get(parentCode);
        List<FieldError> errors = rules(line.code(), line.name(), type, parentCode, parent);
        if (!errors.isEmpty()) {
            return error(line, column(errors.get(0).field()), errors.stream()
                    .map(e -> column(e.field()) + " " + e.reason()).reduce((a, b) -> a + "; " + b).orElseThrow());
        }
        String province = type.isProvinceLevel() ? line.code() : parentCode;
        if (!caller.coversProvince(province)) {
            return error(line, type.isProvinceLevel() ? "code" : "parent_code",
                    "unit would belong to province " + province + ", outside your province");
        }
        Unit unit = known.get(line.code());
        // As PUT /units/{code} does: the unit as stored must be yours too, or a row would move it away.
        if (unit != null && !caller.coversProvince(unit.provinceCode)) {
            return error(line, "code", "unit " + unit.code + " belongs to province " + unit.provinceCode
                    + ", outside your province");
        }
        String fullName = line.fullName().isEmpty() ? null : line.fullName();
        if (unit == null) {
            unit = new Unit();
            unit.code = line.code();
            unit.createdAt = now();
            unit.active = true;
            apply(unit, line.name(), fullName, type, parent, List.of());
            known.put(unit.code, unit);
            toPersist.add(unit);
            toPublish.add(unit);
            return new ImportReport.RowResult(line.number(), line.code(), ImportReport.Outcome.CREATED, null, null);
        }
        String newFullName = fullName == null ? defaultFullName(type, line.name()) : fullName;
        boolean same = unit.name.equals(line.name()) && unit.fullName.equals(newFullName) && unit.type == type
                && Objects.equals(unit.parentCode, parentCode) && unit.active;
        if (same) {
            return new ImportReport.RowResult(line.number(), line.code(), ImportReport.Outcome.UNCHANGED, null, null);
        }
        apply(unit, line.name(), fullName, type, parent, unit.offices());
        unit.active = true;
        toPublish.add(unit);
        return new ImportReport.RowResult(line.number(), line.code(), ImportReport.Outcome.UPDATED, null, null);
    }

    /** The CSV column of a field the unit rules name. */
    private static String column(String field) {
        return switch (field) {
            case "parentCode" -> "parent_code";
            case "fullName" -> "full_name";
            default -> field;
        };
    }

    private static ImportReport.RowResult error(UnitCsv.Line line, String column, String reason) {
        return new ImportReport.RowResult(line.number(), line.code(), ImportReport.Outcome.ERROR, column, reason);
    }

    private Uni<Unit> parentOf(UnitRequest req) {
        if (req.parentCode() == null || req.parentCode().isBlank()) {
            return Uni.createFrom().nullItem();
        }
        return units.findById(req.parentCode());
    }

    /** The rules every unit must satisfy, whichever way it comes in. */
    static List<FieldError> rules(String code, String name, UnitType type, String parentCode, Unit parent) {
        List<FieldError> errors = new ArrayList<>();
        if (type == null) {
            errors.add(new FieldError("type", "must be one of CITY, PROVINCE, XA, PHUONG, DAC_KHU"));
            return errors;
        }
        if (code == null || !code.matches(type.isProvinceLevel() ? "\\d{2}" : "\\d{5}")) {
            errors.add(new FieldError("code", type.isProvinceLevel()
                    ? "a province/city code has 2 digits" : "a commune-level code has 5 digits"));
        }
        if (name == null || name.isBlank()) {
            errors.add(new FieldError("name", "must not be blank"));
        }
        if (type.isProvinceLevel()) {
            if (parentCode != null && !parentCode.isBlank()) {
                errors.add(new FieldError("parentCode", "a province/city has no parent"));
            }
        } else if (parentCode == null || parentCode.isBlank()) {
            errors.add(new FieldError("parentCode", "a commune-level unit needs its province/city"));
        } else if (parent == null) {
            errors.add(new FieldError("parentCode", "unknown unit " + parentCode));
        } else if (!parent.type.isProvinceLevel()) {
            errors.add(new FieldError("parentCode", parentCode + " is not a province/city"));
        }
        return errors;
    }

    private static void requireReadable(Caller caller, Unit unit, String code) {
        if (unit == null) {
            throw ProblemException.notFound("Unit " + code);
        }
        if (!caller.canRead(unit.code, unit.provinceCode)) {
            throw ProblemException.forbidden("Unit " + code + " is outside your scope");
        }
    }

    private static void requireAdmin(Caller caller, String province) {
        if (!caller.isCityAdmin()) {
            throw ProblemException.forbidden("Only city administrators change units");
        }
        if (!caller.coversProvince(province)) {
            throw ProblemException.forbidden("Province " + province + " is outside your province");
        }
    }

    private static void apply(Unit unit, String name, String fullName, UnitType type, Unit parent, List<String> offices) {
        unit.name = name.strip();
        unit.type = type;
        unit.fullName = fullName == null || fullName.isBlank() ? defaultFullName(type, unit.name) : fullName.strip();
        unit.parentCode = parent == null ? null : parent.code;
        unit.provinceCode = parent == null ? unit.code : parent.code;
        unit.offices(offices.stream().map(String::strip).distinct().toList());
        unit.searchKey = VietnameseText.fold(unit.code + " " + unit.name + " " + unit.fullName);
        unit.updatedAt = now();
    }

    static String defaultFullName(UnitType type, String name) {
        String prefix = switch (type) {
            case CITY -> "Thành phố ";
            case PROVINCE -> "Tỉnh ";
            case XA -> "Xã ";
            case PHUONG -> "Phường ";
            case DAC_KHU -> "Đặc khu ";
        };
        return prefix + name.strip();
    }

    /** Bumps the revision and stores the {@code unit.upserted} event in the same transaction. */
    private Uni<Unit> publish(Unit unit) {
        unit.revision = unit.revision + 1;
        return outbox.append(EventType.UNIT_UPSERTED, unit.code, unit.snapshot()).replaceWith(unit);
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
