package vn.nq57.devstack;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import vn.nq57.contracts.demo.DemoData;

/**
 * README command 1: {@code ./platform.sh [--fresh] [--data DIR] [--without-class-data-archives]} runs the
 * platform with demo data until Ctrl-C. Data lives in {@code .dev-stack/} and survives restarts unless
 * {@code --fresh}. Without the class-data archives the services start slower, but a JFR recording works on
 * JDK 17, which crashes when a recording and an archive meet.
 */
public final class DevStack {

    private DevStack() {
    }

    public static void main(String[] args) throws InterruptedException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PlatformOptions options = options(List.of(args), Path.of("").toAbsolutePath());
        out.println("NQ57 Reporting Platform — starting locally (data in " + options.dataDir()
                + (options.fresh() ? ", starting fresh" : "") + ")");
        LocalPlatform platform = LocalPlatform.start(options, out);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            out.println("\nStopping the platform …");
            platform.close();
            out.println("Stopped.");
            stopped.countDown();
        }, "nq57-dev-stack-stop"));
        out.println(banner(platform.endpoints(), options));
        stopped.await();
    }

    static PlatformOptions options(List<String> arguments, Path repoRoot) {
        int dataIndex = arguments.indexOf("--data");
        Path data = dataIndex >= 0 ? Path.of(arguments.get(dataIndex + 1)) : Path.of(".dev-stack");
        PlatformOptions options = new PlatformOptions(repoRoot, repoRoot.resolve(data).toAbsolutePath(),
                arguments.contains("--fresh"), PlatformPorts.defaults());
        return arguments.contains(StartupBench.WITHOUT_ARCHIVES) ? options : options.withClassDataSharing();
    }

    static String banner(PlatformEndpoints e, PlatformOptions options) {
        return """

                ✔ The platform is up. Ctrl-C stops everything; data stays in %s (./platform.sh --fresh wipes it).

                  Gateway (API)     %s/api/v1/…
                  Swagger UI        %s/api/docs
                  Merged OpenAPI    %s/api/openapi.json
                  Keycloak          http://localhost:%d  (admin console: admin / admin)
                  Mail received     %s
                  Logs              %s

                Demo accounts (password: demo), realm nq57:
                  hp.admin           city-admin, Sở KH&CN Hải Phòng
                  hp.staff           city-staff, Sở KH&CN Hải Phòng
                  hn.admin           city-admin, Sở KH&CN Hà Nội (another province)
                  nlb.officer        unit-officer, xã Nguyễn Lương Bằng (11242)
                  phulien.officer    unit-officer, phường Phù Liễn (11446)
                  anhung.officer     unit-officer, xã An Hưng (11674)
                  cathai.officer     unit-officer, đặc khu Cát Hải (11914)
                  phuluong.officer   unit-officer, phường Phú Lương, Hà Nội (09568)
                  platform.operator  platform-operator (dead letters, rebuilds; no province)
                  nq57-egov          client credentials, secret egov-dev-secret (integration)

                Try it (status of round 4383/SKHCN-TTTT):
                  TOKEN=$(curl -s -d grant_type=password -d client_id=nq57-cli -d username=hp.staff -d password=demo \\
                    %s | sed -E 's/.*"access_token":"([^"]+)".*/\\1/')
                  curl -s -H "Authorization: Bearer $TOKEN" %s/api/v1/aggregation/rounds/%s/status
                """.formatted(options.dataDir(), e.gatewayUrl(), e.gatewayUrl(), e.gatewayUrl(),
                options.ports().keycloak(), e.mailWebUrl(), options.dataDir().resolve("logs"), e.tokenUrl(),
                e.gatewayUrl(), DemoData.ROUND_4383);
    }
}
