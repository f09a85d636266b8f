package vn.nq57.gateway.ratelimit;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.ext.web.RoutingContext;
import jakarta.json.JsonString;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who a call counts against: {@code application} is the token's {@code azp}, null when anonymous. */
public record ClientKey(String id, String application) {

    public static ClientKey of(RoutingContext rc) {
        if (rc.user() instanceof QuarkusHttpUser user) {
            SecurityIdentity identity = user.getSecurityIdentity();
            if (identity != null && !identity.isAnonymous()
                    && identity.getPrincipal() instanceof JsonWebToken jwt) {
                Object azp = jwt.getClaim("azp");
                String application = azp instanceof JsonString json ? json.getString()
                        : azp == null ? "-" : azp.toString();
                return new ClientKey("token:" + application + ":" + jwt.getSubject(), application);
            }
        }
        return new ClientKey("address:" + rc.request().remoteAddress().hostAddress(), null);
    }
}
