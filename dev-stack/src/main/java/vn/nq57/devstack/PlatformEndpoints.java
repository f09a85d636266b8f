package vn.nq57.devstack;

/** Where the running platform's parts answer. */
public record PlatformEndpoints(
        String gatewayUrl,
        String oidcIssuer,
        String kafkaBootstrap,
        int postgresPort,
        String mongoUrl,
        int smtpPort,
        int imapPort,
        String mailWebUrl) {

    public String tokenUrl() {
        return oidcIssuer + "/protocol/openid-connect/token";
    }
}
