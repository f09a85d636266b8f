package vn.nq57.notification;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import vn.nq57.notification.endpoint.HostResolver;

/** Test-only DNS: names the tests point at an address literal (never looked up); others resolve as usual. */
@Alternative
@Priority(1)
@Singleton
public class TestHostResolver extends HostResolver {

    private final Map<String, String> names = new ConcurrentHashMap<>();

    public void point(String host, String addressLiteral) {
        names.put(host, addressLiteral);
    }

    @Override
    public InetAddress[] resolve(String host) throws UnknownHostException {
        String literal = names.get(host);
        return literal == null ? super.resolve(host) : new InetAddress[] {InetAddress.getByName(literal)};
    }
}
