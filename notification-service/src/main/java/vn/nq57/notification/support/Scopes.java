package vn.nq57.notification.support;

import vn.nq57.contracts.problem.ProblemException;
import vn.nq57.contracts.security.Caller;
import vn.nq57.contracts.security.Roles;

/**
 * The first check of every endpoint: a token whose claims name no scope reaches nothing. A city role
 * or integration must name its province, an officer (without a city role) their unit; a token
 * missing the claim gets 403 instead of being read as "everywhere".
 */
public final class Scopes {

    private Scopes() {
    }

    public static Caller require(Caller caller) {
        if (caller.isCity() || caller.isIntegration()) {
            if (caller.provinceCode() == null) {
                throw ProblemException.forbidden("the token names no province (claim province_code)");
            }
        } else if (caller.roles().contains(Roles.UNIT_OFFICER) && caller.unitCode() == null) {
            throw ProblemException.forbidden("an officer's token must name their unit (claim unit_code)");
        }
        return caller;
    }
}
