package vn.nq57.notification.contact;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.nq57.contracts.problem.FieldError;
import vn.nq57.contracts.problem.ETags;
import vn.nq57.contracts.problem.ProblemException;
import vn.nq57.contracts.problem.ProblemKind;
import vn.nq57.contracts.security.Caller;
import vn.nq57.contracts.text.VietnameseText;
import vn.nq57.notification.catalog.UnitRepository;
import vn.nq57.support.http.Page;
import vn.nq57.support.http.Paging;
import vn.nq57.notification.user.KnownUsers;

/**
 * Manages recipients; a unit's officers manage their own unit's contacts, city admins all of their
 * province. Who may receive in-app notices ({@code userId}): an officer names only themselves (their
 * token subject); a city admin names a user who signed in as an officer of the contact's unit (UNIT)
 * or as city staff of the contact's province (DEPARTMENT).
 */
@ApplicationScoped
public class ContactService {

    private final ContactRepository contacts;
    private final UnitRepository units;
    private final Clock clock;
    private final KnownUsers users;

    ContactService(ContactRepository contacts, UnitRepository units, Clock clock, KnownUsers users) {
        this.contacts = contacts;
        this.units = units;
        this.clock = clock;
        this.users = users;
    }

    @WithSession
    public Uni<Page<ContactView>> list(Caller caller, String unitCode, ContactScope scope, Paging paging) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (caller.isCity()) {
            where.append(" and provinceCode = :province");
            params.put("province", caller.provinceCode());
        } else {
            if (!caller.isUnitOfficer()) {
                throw ProblemException.forbidden("the token names no unit");
            }
            if (unitCode != null && !unitCode.equals(caller.unitCode())) {
                throw ProblemException.forbidden("an officer sees only the contacts of unit " + caller.unitCode());
            }
            unitCode = caller.unitCode();
        }
        if (unitCode != null) {
            where.append(" and unitCode = :unit");
            params.put("unit", unitCode);
        }
        if (scope != null) {
            where.append(" and scope = :scope");
            params.put("scope", scope);
        }
        var query = contacts.find(where.toString(), Sort.by("name").and("id"), params);
        return query.count().chain(total -> query.page(paging.page(), paging.size()).list()
                .map(list -> new Page<>(list.stream().map(ContactView::of).toList(), paging.page(), paging.size(), total)));
    }

    @WithSession
    public Uni<ContactView> get(Caller caller, UUID id) {
        return load(id).map(c -> {
            if (!caller.canRead(c.unitCode, c.provinceCode) && !(c.scope == ContactScope.DEPARTMENT && caller.isCity()
                    && caller.coversProvince(c.provinceCode))) {
                throw ProblemException.notFound("contact " + id);
            }
            return ContactView.of(c);
        });
    }

    @WithTransaction
    public Uni<ContactView> create(Caller caller, ContactRequest request) {
        validate(request);
        return provinceOf(caller, request)
                .invoke(province -> authorize(caller, request, province))
                .call(province -> checkUser(caller, request, province))
                .map(province -> {
                    Contact c = new Contact();
                    c.id = UUID.randomUUID();
                    c.createdAt = clock.instant();
                    c.version = 1;
                    apply(c, request, province);
                    return c;
                }).call(contacts::persist).map(ContactView::of);
    }

    /**
     * Replaces a contact if it is still at the version the client read. The version moves with a
     * conditional UPDATE whose row count decides, so of two concurrent writers with the same ETag
     * exactly one wins (the other waits for the row, then matches nothing and gets 412).
     */
    @WithTransaction
    public Uni<ContactView> replace(Caller caller, UUID id, String ifMatch, ContactRequest request) {
        validate(request);
        return load(id).chain(c -> {
            authorize(caller, c);
            long read = ETags.required(ifMatch, c.version);
            return provinceOf(caller, request)
                    .invoke(province -> authorize(caller, request, province))
                    .call(province -> checkUser(caller, request, province))
                    .call(() -> contacts.update("version = ?1 where id = ?2 and version = ?3", read + 1, id, read)
                            .invoke(updated -> {
                                if (updated != 1) {
                                    throw ETags.stale(read + 1);
                                }
                            }))
                    .map(province -> {
                        apply(c, request, province);
                        c.version = read + 1;
                        return ContactView.of(c);
                    });
        });
    }

    private Uni<Void> checkUser(Caller caller, ContactRequest r, String province) {
        String userId = r.userId();
        if (userId == null || userId.equals(caller.subject())) {
            return Uni.createFrom().voidItem();
        }
        if (!caller.isCityAdmin()) {
            throw ProblemException.forbidden("an officer may name only themselves as userId");
        }
        Uni<Boolean> known = r.scope() == ContactScope.DEPARTMENT
                ? users.isStaffOf(userId, province)
                : users.isOfficerOf(userId, r.unitCode());
        return known.invoke(ok -> {
            if (!ok) {
                throw ProblemException.invalid("userId", "is not a user of "
                        + (r.scope() == ContactScope.DEPARTMENT ? "province " + province : "unit " + r.unitCode())
                        + " (a user counts once they have signed in)");
            }
        }).replaceWithVoid();
    }

    @WithTransaction
    public Uni<Void> delete(Caller caller, UUID id) {
        return load(id).chain(c -> {
            authorize(caller, c);
            return contacts.delete(c);
        });
    }

    private Uni<Contact> load(UUID id) {
        return contacts.findById(id).map(c -> {
            if (c == null) {
                throw ProblemException.notFound("contact " + id);
            }
            return c;
        });
    }

    private Uni<String> provinceOf(Caller caller, ContactRequest r) {
        if (r.scope() == ContactScope.DEPARTMENT) {
            String province = r.provinceCode() != null ? r.provinceCode() : caller.provinceCode();
            if (province == null) {
                throw ProblemException.invalid("provinceCode", "is required for a DEPARTMENT contact");
            }
            return Uni.createFrom().item(province);
        }
        return units.findById(r.unitCode()).map(unit -> {
            if (unit == null) {
                throw ProblemException.invalid("unitCode", "unit " + r.unitCode() + " is not known");
            }
            return unit.parentCode;
        });
    }

    private static void authorize(Caller caller, ContactRequest r, String province) {
        boolean allowed = r.scope() == ContactScope.DEPARTMENT
                ? caller.isCityAdmin() && caller.coversProvince(province)
                : caller.canWrite(r.unitCode(), province);
        if (!allowed) {
            throw ProblemException.forbidden("the caller may not manage contacts of "
                    + (r.scope() == ContactScope.DEPARTMENT ? "province " + province : "unit " + r.unitCode()));
        }
    }

    private static void authorize(Caller caller, Contact c) {
        boolean allowed = c.scope == ContactScope.DEPARTMENT
                ? caller.isCityAdmin() && caller.coversProvince(c.provinceCode)
                : caller.canWrite(c.unitCode, c.provinceCode);
        if (!allowed) {
            if (caller.canRead(c.unitCode, c.provinceCode) || caller.isCity()) {
                throw ProblemException.forbidden("the caller may not change contact " + c.id);
            }
            throw ProblemException.notFound("contact " + c.id);
        }
    }

    private static void validate(ContactRequest r) {
        List<FieldError> errors = new ArrayList<>();
        if (r.scope() == ContactScope.UNIT && r.unitCode() == null) {
            errors.add(new FieldError("unitCode", "is required for a UNIT contact"));
        }
        if (r.scope() == ContactScope.DEPARTMENT && (r.department() == null || r.department().isBlank())) {
            errors.add(new FieldError("department", "is required for a DEPARTMENT contact"));
        }
        if (r.channels().contains(ContactChannel.EMAIL) && r.email() == null) {
            errors.add(new FieldError("email", "is required for the EMAIL channel"));
        }
        if (r.channels().contains(ContactChannel.INBOX) && r.userId() == null) {
            errors.add(new FieldError("userId", "is required for the INBOX channel"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    private static void apply(Contact c, ContactRequest r, String province) {
        c.scope = r.scope();
        c.unitCode = r.scope() == ContactScope.UNIT ? r.unitCode() : null;
        c.department = r.scope() == ContactScope.DEPARTMENT ? VietnameseText.nfc(r.department().strip()) : null;
        c.provinceCode = province;
        c.name = VietnameseText.nfc(r.name().strip());
        c.email = r.email() == null ? null : r.email().strip().toLowerCase();
        c.phone = r.phone();
        c.userId = r.userId();
        c.channels = r.channels().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }
}
