package vn.nq57.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What every Deployment promises: probes, resources, a locked-down non-root container. */
class WorkloadPromisesTest {

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyDeploymentHasTheThreeHealthProbesOnItsHttpPort(String overlay) {
        for (Deployment deployment : Manifests.typed(overlay, Deployment.class)) {
            for (Container container : containers(deployment)) {
                String where = overlay + " " + deployment.getMetadata().getName() + "/" + container.getName();
                assertEquals(Repo.SERVICES.get(deployment.getMetadata().getName()),
                        container.getPorts().get(0).getContainerPort(), where + " listens on the platform's port");
                assertHttpProbe(where + " startupProbe", container.getStartupProbe(), "/q/health/started", container);
                assertHttpProbe(where + " livenessProbe", container.getLivenessProbe(), "/q/health/live", container);
                assertHttpProbe(where + " readinessProbe", container.getReadinessProbe(), "/q/health/ready", container);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyContainerHasRequestsAndLimitsWithRequestsBelowLimits(String overlay) {
        for (Deployment deployment : Manifests.typed(overlay, Deployment.class)) {
            for (Container container : containers(deployment)) {
                String where = overlay + " " + deployment.getMetadata().getName() + "/" + container.getName();
                assertNotNull(container.getResources(), where + " has no resources");
                Map<String, Quantity> requests = container.getResources().getRequests();
                Map<String, Quantity> limits = container.getResources().getLimits();
                for (String resource : List.of("cpu", "memory")) {
                    assertTrue(requests != null && requests.containsKey(resource), where + " requests no " + resource);
                    assertTrue(limits != null && limits.containsKey(resource), where + " has no " + resource + " limit");
                    assertTrue(requests.get(resource).getNumericalAmount().compareTo(limits.get(resource).getNumericalAmount()) <= 0,
                            where + " requests more " + resource + " than its limit");
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyPodRunsAsANonRootUserWithALockedDownContainer(String overlay) {
        for (Deployment deployment : Manifests.typed(overlay, Deployment.class)) {
            String name = overlay + " " + deployment.getMetadata().getName();
            PodSpec pod = deployment.getSpec().getTemplate().getSpec();
            PodSecurityContext podContext = pod.getSecurityContext();
            assertNotNull(podContext, name + " has no pod securityContext");
            assertEquals(Boolean.TRUE, podContext.getRunAsNonRoot(), name + " runAsNonRoot");
            assertTrue(podContext.getRunAsUser() != null && podContext.getRunAsUser() > 0, name + " runAsUser must be a non-root uid");
            assertEquals("RuntimeDefault", podContext.getSeccompProfile().getType(), name + " seccomp profile");
            assertEquals(Boolean.FALSE, pod.getAutomountServiceAccountToken(), name + " mounts a service account token it does not need");

            for (Container container : pod.getContainers()) {
                String where = name + "/" + container.getName();
                SecurityContext context = container.getSecurityContext();
                assertNotNull(context, where + " has no container securityContext");
                assertTrue(context.getRunAsUser() == null || context.getRunAsUser() > 0, where + " overrides the user with root");
                assertEquals(Boolean.TRUE, context.getReadOnlyRootFilesystem(), where + " readOnlyRootFilesystem");
                assertEquals(Boolean.FALSE, context.getAllowPrivilegeEscalation(), where + " allowPrivilegeEscalation");
                assertFalse(Boolean.TRUE.equals(context.getPrivileged()), where + " is privileged");
                assertEquals(List.of("ALL"), context.getCapabilities().getDrop(), where + " must drop ALL capabilities");
                assertTrue(context.getCapabilities().getAdd() == null || context.getCapabilities().getAdd().isEmpty(),
                        where + " adds capabilities");
                assertWritableTmp(where, pod, container);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyServiceIsScaledByAnHpaAndProtectedByAPdb(String overlay) {
        for (String service : Repo.SERVICES.keySet()) {
            Deployment deployment = Manifests.named(overlay, Deployment.class, service);
            HorizontalPodAutoscaler hpa = Manifests.named(overlay, HorizontalPodAutoscaler.class, service);
            assertEquals("Deployment", hpa.getSpec().getScaleTargetRef().getKind(), service);
            assertEquals(service, hpa.getSpec().getScaleTargetRef().getName(), service);
            assertTrue(hpa.getSpec().getMinReplicas() >= 1 && hpa.getSpec().getMinReplicas() <= hpa.getSpec().getMaxReplicas(),
                    overlay + " " + service + " HPA min/max");
            assertFalse(hpa.getSpec().getMetrics().isEmpty(), overlay + " " + service + " HPA has no metric");

            PodDisruptionBudget pdb = Manifests.named(overlay, PodDisruptionBudget.class, service);
            Map<String, String> podLabels = deployment.getSpec().getTemplate().getMetadata().getLabels();
            Map<String, String> selector = pdb.getSpec().getSelector().getMatchLabels();
            assertFalse(selector.isEmpty(), service + " PDB selects nothing");
            assertTrue(podLabels.entrySet().containsAll(selector.entrySet()), service + " PDB does not select its pods");
            assertTrue(pdb.getSpec().getMaxUnavailable() != null || pdb.getSpec().getMinAvailable() != null, service + " PDB budget");
        }
        for (HorizontalPodAutoscaler hpa : Manifests.typed("prod", HorizontalPodAutoscaler.class)) {
            assertTrue(hpa.getSpec().getMinReplicas() >= 2,
                    "prod keeps at least two replicas of " + hpa.getMetadata().getName() + " so that its PDB allows a drain");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyPodIsScrapedByPrometheusOnItsMetricsEndpoint(String overlay) {
        for (Deployment deployment : Manifests.typed(overlay, Deployment.class)) {
            String name = deployment.getMetadata().getName();
            Map<String, String> annotations = deployment.getSpec().getTemplate().getMetadata().getAnnotations();
            assertEquals("true", annotations.get("prometheus.io/scrape"), name);
            assertEquals("/q/metrics", annotations.get("prometheus.io/path"), name);
            assertEquals(String.valueOf(Repo.SERVICES.get(name)), annotations.get("prometheus.io/port"), name);
        }
    }

    private static List<Container> containers(Deployment deployment) {
        return deployment.getSpec().getTemplate().getSpec().getContainers();
    }

    private static void assertHttpProbe(String where, Probe probe, String path, Container container) {
        assertNotNull(probe, where + " is missing");
        assertNotNull(probe.getHttpGet(), where + " is not an HTTP probe");
        assertEquals(path, probe.getHttpGet().getPath(), where + " path");
        Object port = probe.getHttpGet().getPort().getIntVal() != null
                ? probe.getHttpGet().getPort().getIntVal()
                : probe.getHttpGet().getPort().getStrVal();
        boolean portOfContainer = container.getPorts().stream()
                .anyMatch(p -> port.equals(p.getName()) || port.equals(p.getContainerPort()));
        assertTrue(portOfContainer, where + " probes port " + port + " that the container does not declare");
    }

    private static void assertWritableTmp(String where, PodSpec pod, Container container) {
        VolumeMount tmp = container.getVolumeMounts().stream()
                .filter(mount -> "/tmp".equals(mount.getMountPath()))
                .findFirst()
                .orElseThrow(() -> new AssertionError(where + " mounts nothing at /tmp (read-only root filesystem)"));
        Volume volume = pod.getVolumes().stream()
                .filter(v -> v.getName().equals(tmp.getName()))
                .findFirst()
                .orElseThrow(() -> new AssertionError(where + " mounts an undeclared volume " + tmp.getName()));
        assertNotNull(volume.getEmptyDir(), where + " /tmp must be an emptyDir");
    }
}
