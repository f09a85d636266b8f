package vn.nq57.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyEgressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Only the gateway is reachable from outside; every pod's traffic is limited by a NetworkPolicy. */
class NetworkExposureTest {

    /** Who owns which database: port and the data store's pod label value. */
    private static final Map<String, String> DATABASE_OWNERS = Map.of(
            "nq57-plan-pg", "plan-service",
            "nq57-aggregation-pg", "aggregation-service",
            "nq57-notification-pg", "notification-service",
            "nq57-mongodb-svc", "submission-service");

    private static final Set<Integer> DATABASE_PORTS = Set.of(5432, 27017);

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void theIngressExposesOnlyTheGateway(String overlay) {
        List<Ingress> ingresses = Manifests.typed(overlay, Ingress.class);
        assertEquals(1, ingresses.size(), overlay + " Ingresses");
        Ingress ingress = ingresses.get(0);
        assertEquals(null, ingress.getSpec().getDefaultBackend(), "no default backend besides the rules");
        for (IngressRule rule : ingress.getSpec().getRules()) {
            assertNotNull(rule.getHost(), "every rule names its host");
            for (HTTPIngressPath path : rule.getHttp().getPaths()) {
                assertEquals(Repo.GATEWAY, path.getBackend().getService().getName(),
                        overlay + " Ingress routes " + path.getPath() + " to something other than the gateway");
            }
        }
        if ("prod".equals(overlay)) {
            assertFalse(ingress.getSpec().getTls() == null || ingress.getSpec().getTls().isEmpty(), "prod terminates TLS");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void noServiceIsExposedOutsideTheCluster(String overlay) {
        for (Service service : Manifests.typed(overlay, Service.class)) {
            String type = service.getSpec().getType();
            assertTrue(type == null || "ClusterIP".equals(type),
                    overlay + " Service " + service.getMetadata().getName() + " is of type " + type);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everythingIsDeniedByDefault(String overlay) {
        NetworkPolicy deny = Manifests.named(overlay, NetworkPolicy.class, "default-deny-all");
        assertTrue(deny.getSpec().getPodSelector().getMatchLabels() == null
                || deny.getSpec().getPodSelector().getMatchLabels().isEmpty(), "default deny selects every pod");
        assertEquals(Set.of("Ingress", "Egress"), Set.copyOf(deny.getSpec().getPolicyTypes()));
        assertTrue(deny.getSpec().getIngress() == null || deny.getSpec().getIngress().isEmpty(), "default deny allows no ingress");
        assertTrue(deny.getSpec().getEgress() == null || deny.getSpec().getEgress().isEmpty(), "default deny allows no egress");
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyServiceHasAnIngressNetworkPolicyForItsPods(String overlay) {
        List<NetworkPolicy> policies = Manifests.typed(overlay, NetworkPolicy.class);
        for (Service service : Manifests.typed(overlay, Service.class)) {
            Map<String, String> selector = service.getSpec().getSelector();
            boolean covered = policies.stream().anyMatch(policy ->
                    policy.getSpec().getPolicyTypes().contains("Ingress")
                            && selects(policy.getSpec().getPodSelector(), selector));
            assertTrue(covered, overlay + " Service " + service.getMetadata().getName() + " has no NetworkPolicy of its own");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void servicesAcceptHttpOnlyFromTheGatewayAndMetricsOnlyFromMonitoring(String overlay) {
        for (String service : Repo.SERVICES.keySet()) {
            Map<String, String> labels = podLabels(overlay, service);
            int port = Repo.SERVICES.get(service);
            for (NetworkPolicy policy : policiesFor(overlay, labels)) {
                for (NetworkPolicyIngressRule rule : nullSafe(policy.getSpec().getIngress())) {
                    assertFalse(nullSafe(rule.getFrom()).isEmpty(), policy.getMetadata().getName() + " admits every source");
                    assertEquals(List.of(port), ports(rule.getPorts()), policy.getMetadata().getName() + " opens other ports");
                    for (NetworkPolicyPeer peer : rule.getFrom()) {
                        String who = policy.getMetadata().getName() + " admits " + peer;
                        assertEquals(null, peer.getIpBlock(), who);
                        if (Repo.GATEWAY.equals(service)) {
                            assertNotNull(peer.getNamespaceSelector(), who + ": the gateway is reached through the ingress controller");
                            assertTrue(Set.of("ingress-nginx", "monitoring").contains(namespaceOf(peer)), who);
                        } else if (peer.getNamespaceSelector() != null) {
                            assertEquals("monitoring", namespaceOf(peer), who);
                        } else {
                            for (String other : Repo.SERVICES.keySet()) {
                                assertTrue(calls(other, service) || !selects(peer.getPodSelector(), podLabels(overlay, other)),
                                        who + ": only the gateway (and " + SERVICE_CALLS + ") may call " + service
                                                + " (checked " + other + ")");
                            }
                        }
                    }
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void theGatewayReachesEveryServiceAndServicesReachNoOtherService(String overlay) {
        for (String service : Repo.SERVICES.keySet()) {
            if (Repo.GATEWAY.equals(service)) {
                continue;
            }
            Map<String, String> target = podLabels(overlay, service);
            assertTrue(egressToPods(overlay, Repo.GATEWAY).stream().anyMatch(peer -> selects(peer.getPodSelector(), target)),
                    "the gateway may not reach " + service);
            for (String other : Repo.SERVICES.keySet()) {
                boolean reaches = egressToPods(overlay, other).stream().anyMatch(peer -> selects(peer.getPodSelector(), target));
                assertEquals(calls(other, service), reaches, other + " -> " + service
                        + " (service-to-service REST only " + SERVICE_CALLS + ")");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void aDatabaseIsReachableOnlyFromTheServiceThatOwnsIt(String overlay) {
        for (NetworkPolicy policy : Manifests.typed(overlay, NetworkPolicy.class)) {
            for (NetworkPolicyEgressRule rule : nullSafe(policy.getSpec().getEgress())) {
                if (ports(rule.getPorts()).stream().noneMatch(DATABASE_PORTS::contains)) {
                    continue;
                }
                for (NetworkPolicyPeer peer : nullSafe(rule.getTo())) {
                    assertNotNull(peer.getPodSelector(), policy.getMetadata().getName() + " opens a database port to any pod");
                    String store = peer.getPodSelector().getMatchLabels().values().stream()
                            .filter(DATABASE_OWNERS::containsKey).findFirst()
                            .orElseThrow(() -> new AssertionError(policy.getMetadata().getName() + " opens a database port to " + peer));
                    String owner = DATABASE_OWNERS.get(store);
                    for (String service : Repo.SERVICES.keySet()) {
                        boolean selected = selects(policy.getSpec().getPodSelector(), podLabels(overlay, service));
                        assertTrue(!selected || service.equals(owner), "policy " + policy.getMetadata().getName()
                                + " lets " + service + " reach " + store + ", which belongs to " + owner);
                    }
                }
            }
        }
        for (String owner : DATABASE_OWNERS.values()) {
            boolean reachesOwnStore = policiesFor(overlay, podLabels(overlay, owner)).stream()
                    .flatMap(policy -> nullSafe(policy.getSpec().getEgress()).stream())
                    .anyMatch(rule -> ports(rule.getPorts()).stream().anyMatch(DATABASE_PORTS::contains));
            assertTrue(reachesOwnStore, owner + " cannot reach its own database");
        }
    }

    /**
     * The only service-to-service REST besides the gateway's: aggregation-service asks plan-service for
     * plan coverage when it writes the consolidated report.
     */
    private static final Map<String, Set<String>> SERVICE_CALLS = Map.of("aggregation-service", Set.of("plan-service"));

    private static boolean calls(String caller, String service) {
        return Repo.GATEWAY.equals(caller) || SERVICE_CALLS.getOrDefault(caller, Set.of()).contains(service);
    }

    private static Map<String, String> podLabels(String overlay, String service) {
        return Manifests.named(overlay, Deployment.class, service).getSpec().getTemplate().getMetadata().getLabels();
    }

    private static List<NetworkPolicy> policiesFor(String overlay, Map<String, String> labels) {
        return Manifests.typed(overlay, NetworkPolicy.class).stream()
                .filter(policy -> selects(policy.getSpec().getPodSelector(), labels))
                .collect(Collectors.toList());
    }

    /** Peers in this namespace (no namespaceSelector) that pods of {@code service} may send to. */
    private static List<NetworkPolicyPeer> egressToPods(String overlay, String service) {
        return policiesFor(overlay, podLabels(overlay, service)).stream()
                .flatMap(policy -> nullSafe(policy.getSpec().getEgress()).stream())
                .flatMap(rule -> nullSafe(rule.getTo()).stream())
                .filter(peer -> peer.getNamespaceSelector() == null && peer.getPodSelector() != null)
                .collect(Collectors.toList());
    }

    private static boolean selects(LabelSelector selector, Map<String, String> labels) {
        if (selector == null) {
            return false;
        }
        assertTrue(selector.getMatchExpressions() == null || selector.getMatchExpressions().isEmpty(),
                "matchExpressions are not used by this platform's policies");
        Map<String, String> wanted = selector.getMatchLabels() == null ? Map.of() : selector.getMatchLabels();
        return labels.entrySet().containsAll(wanted.entrySet());
    }

    private static String namespaceOf(NetworkPolicyPeer peer) {
        return peer.getNamespaceSelector().getMatchLabels().get("kubernetes.io/metadata.name");
    }

    private static List<Integer> ports(List<NetworkPolicyPort> ports) {
        return nullSafe(ports).stream().map(port -> port.getPort().getIntVal()).collect(Collectors.toList());
    }

    private static <T> List<T> nullSafe(List<T> list) {
        return list == null ? List.of() : list;
    }
}
