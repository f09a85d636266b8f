package vn.nq57.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.nq57.notification.endpoint.WebhookTargets;

/** The SSRF guard on its own: resolution only, no traffic is sent anywhere. */
class WebhookTargetsTest {

    private static final TestHostResolver DNS = new TestHostResolver();

    static {
        DNS.point("egov.haiphong.test", "203.0.113.10");
        DNS.point("metadata.attacker.test", "169.254.169.254");
        DNS.point("rebound.attacker.test", "10.1.2.3");
        DNS.point("mapped.attacker.test", "::ffff:192.168.1.1");
    }

    private static WebhookTargets guard(String... allowed) {
        return new WebhookTargets(Optional.of(List.of(allowed)), DNS);
    }

    private static String refusal(WebhookTargets guard, String url) {
        return assertThrows(WebhookTargets.Refused.class, () -> guard.check(url), url).getMessage();
    }

    @Test
    void refusesInternalTargetsWhenNotAllowListed() {
        WebhookTargets guard = guard();
        for (String url : List.of("http://169.254.169.254/latest/meta-data", "http://10.0.0.1/", "http://[::1]/",
                "http://localhost:8084/q/health", "http://127.0.0.1:8084/", "http://0.0.0.0/", "http://0.1.2.3/",
                "http://100.64.0.1/", "http://172.16.5.4/", "http://192.168.0.1/", "http://[fe80::1]/",
                "http://[fd00::1]/", "http://224.0.0.1/", "http://[ff02::1]/", "http://2130706433/",
                "http://notification-service:8084/", "http://aggregation.nq57.svc/",
                "http://aggregation.nq57.svc.cluster.local/", "http://metadata.attacker.test/",
                "http://rebound.attacker.test/", "http://mapped.attacker.test/", "http://[::ffff:10.0.0.1]/")) {
            refusal(guard, url);
        }
        assertTrue(refusal(guard, "http://169.254.169.254/latest/meta-data").contains("non-public"));
        assertTrue(refusal(guard, "http://localhost:8084/q/health").contains("internal name"));
    }

    @Test
    void refusesOtherSchemesUserInfoAndBadPorts() {
        WebhookTargets guard = guard();
        refusal(guard, "ftp://egov.haiphong.test/");
        refusal(guard, "file:///etc/passwd");
        refusal(guard, "https://user:secret@egov.haiphong.test/");
        refusal(guard, "https://egov.haiphong.test:0/");
        refusal(guard, "https://egov.haiphong.test:70000/");
        refusal(guard, "not a url");
    }

    @Test
    void acceptsPublicTargetsAndConnectsToTheCheckedAddress() throws Exception {
        WebhookTargets.Target target = guard().check("https://egov.haiphong.test/hooks/nq57");
        assertEquals(InetAddress.getByName("203.0.113.10"), target.address());
        assertEquals(443, target.port());
        assertTrue(target.https());
    }

    @Test
    void anOperatorAllowListOpensExactlyWhatItNames() throws Exception {
        WebhookTargets guard = guard("127.0.0.1", "rebound.attacker.test", "::1");
        assertEquals(InetAddress.getByName("127.0.0.1"), guard.check("http://127.0.0.1:9000/x").address());
        assertEquals(InetAddress.getByName("10.1.2.3"), guard.check("http://rebound.attacker.test/").address());
        guard.check("http://[0:0:0:0:0:0:0:1]:9000/");
        refusal(guard, "http://localhost:9000/");
        refusal(guard, "http://10.0.0.1/");
    }
}
