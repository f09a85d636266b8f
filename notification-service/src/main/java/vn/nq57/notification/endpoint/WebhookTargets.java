package vn.nq57.notification.endpoint;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Decides whether a webhook URL may be called (SSRF guard), when it is registered and again before
 * every delivery, since what a name resolves to can change. Refused: other schemes than http(s),
 * user info, ports outside 1–65535, cluster-internal names ({@code localhost}, {@code *.svc},
 * {@code *.cluster.local}, {@code *.local}, names without a dot) and hosts resolving to a loopback,
 * link-local, private, unique-local, CGNAT, {@code 0.0.0.0/8}, multicast or reserved address — unless
 * the host name or the address is on the operator's allow-list {@code nq57.webhooks.allowed-hosts}.
 * The delivery connects to the address checked here, never to a second resolution.
 */
@ApplicationScoped
public class WebhookTargets {

    /** A checked target: the URL and the address to connect to. */
    public record Target(URI uri, boolean https, InetAddress address, int port) {
    }

    /** Why a URL may not be called; the message names the reason, never anything the target said. */
    public static final class Refused extends RuntimeException {
        Refused(String reason) {
            super(reason);
        }
    }

    private static final Pattern IPV4_LITERAL = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    private final Set<String> allowedNames = new HashSet<>();
    private final Set<InetAddress> allowedAddresses = new HashSet<>();
    private final HostResolver resolver;

    public WebhookTargets(@ConfigProperty(name = "nq57.webhooks.allowed-hosts") Optional<List<String>> allowed,
            HostResolver resolver) {
        this.resolver = resolver;
        for (String entry : allowed.orElse(List.of())) {
            String host = normalize(entry);
            if (host.isEmpty()) {
                continue;
            }
            if (isLiteral(host)) {
                allowedAddresses.add(literal(host));
            } else {
                allowedNames.add(host);
            }
        }
    }

    /** The target to connect to, or {@link Refused}. */
    public Target check(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException | NullPointerException e) {
            throw new Refused("is not a valid URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new Refused("must be an http or https URL");
        }
        if (uri.getRawUserInfo() != null) {
            throw new Refused("must not carry a user name or password");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw new Refused("must name a host");
        }
        if (uri.getPort() != -1 && (uri.getPort() < 1 || uri.getPort() > 65535)) {
            throw new Refused("port must be between 1 and 65535");
        }
        boolean https = scheme.equals("https");
        int port = uri.getPort() == -1 ? (https ? 443 : 80) : uri.getPort();
        String host = normalize(uri.getHost());
        boolean literal = isLiteral(host);
        boolean hostAllowed = !literal && allowedNames.contains(host);
        if (!literal && !hostAllowed && internalName(host)) {
            throw new Refused("host " + host + " is an internal name");
        }
        InetAddress[] addresses = resolve(host, literal);
        for (InetAddress address : addresses) {
            if (!hostAllowed && !allowedAddresses.contains(address) && nonPublic(address)) {
                throw new Refused("host " + host + " resolves to the non-public address " + address.getHostAddress());
            }
        }
        return new Target(uri, https, addresses[0], port);
    }

    private InetAddress[] resolve(String host, boolean literal) {
        try {
            InetAddress[] addresses = literal ? new InetAddress[] {literal(host)} : resolver.resolve(host);
            if (addresses.length == 0) {
                throw new UnknownHostException(host);
            }
            return addresses;
        } catch (UnknownHostException e) {
            throw new Refused("host " + host + " does not resolve");
        }
    }

    private static String normalize(String host) {
        String h = host.strip().toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        return h.endsWith(".") ? h.substring(0, h.length() - 1) : h;
    }

    private static boolean isLiteral(String host) {
        return host.contains(":") || IPV4_LITERAL.matcher(host).matches();
    }

    private static InetAddress literal(String host) {
        try {
            return InetAddress.getByName(host); // an IP literal: parsed, never looked up
        } catch (UnknownHostException e) {
            throw new Refused("host " + host + " is not a valid address");
        }
    }

    private static boolean internalName(String host) {
        return !host.contains(".") || host.equals("localhost") || host.endsWith(".localhost")
                || host.endsWith(".svc") || host.endsWith(".local") || host.endsWith(".internal");
    }

    /** Loopback, link-local, private, unique-local, CGNAT, "this network", multicast or reserved. */
    static boolean nonPublic(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            return v4NonPublic(b[0] & 0xff, b[1] & 0xff);
        }
        if ((b[0] & 0xfe) == 0xfc) {
            return true; // fc00::/7 unique local
        }
        boolean embedsV4 = address instanceof Inet6Address v6 && v6.isIPv4CompatibleAddress()
                || (b[0] == 0 && b[1] == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b); // 64:ff9b::/96 NAT64
        return embedsV4 && v4NonPublic(b[12] & 0xff, b[13] & 0xff);
    }

    private static boolean v4NonPublic(int first, int second) {
        return first == 0 || first == 10 || first == 127 || first >= 224
                || first == 100 && (second & 0xc0) == 64
                || first == 169 && second == 254
                || first == 172 && (second & 0xf0) == 16
                || first == 192 && second == 168;
    }
}
