package vn.nq57.devstack;

import vn.nq57.testinfra.Ports;

/** Every port of the local platform; each one can be changed with {@code -Dnq57.port.<name>=}. */
public record PlatformPorts(
        int gateway, int plan, int submission, int aggregation, int notification,
        int keycloak, int keycloakManagement, int kafka, int kafkaController, int postgres, int mongo,
        int smtp, int imap, int mailWeb) {

    /** The documented local ports (docs/architecture.md), overridable one by one. */
    public static PlatformPorts defaults() {
        return new PlatformPorts(
                port("gateway", 8080), port("plan", 8081), port("submission", 8082), port("aggregation", 8083),
                port("notification", 8084), port("keycloak", 8180), port("keycloak-management", 9000),
                port("kafka", 9092), port("kafka-controller", 9093), port("postgres", 55432), port("mongo", 27017),
                port("smtp", 2525), port("imap", 2143), port("mail-web", 8025));
    }

    /** Free ports, so a test platform can run beside a developer's. */
    public static PlatformPorts random() {
        return new PlatformPorts(Ports.free(), Ports.free(), Ports.free(), Ports.free(), Ports.free(), Ports.free(),
                Ports.free(), Ports.free(), Ports.free(), Ports.free(), Ports.free(), Ports.free(), Ports.free(),
                Ports.free());
    }

    private static int port(String name, int fallback) {
        return Integer.getInteger("nq57.port." + name, fallback);
    }
}
