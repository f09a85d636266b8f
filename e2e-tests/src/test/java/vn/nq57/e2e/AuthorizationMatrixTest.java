package vn.nq57.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.nq57.e2e.Api.asUser;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.nq57.e2e.MatrixObjects.ObjectKind;
import vn.nq57.e2e.MatrixRequests.Answer;
import vn.nq57.e2e.OpenApiOperations.ApiOperation;

/**
 * The authorization matrix (issue 10 §5): every operation of the merged OpenAPI × every role × the
 * own and the other province's object, through the gateway with real Keycloak tokens, against the
 * expected outcomes in {@code authorization-matrix.csv}. See docs/authorization.md.
 */
@ExtendWith(PlatformExtension.class)
class AuthorizationMatrixTest {

    static final String TABLE = "/authorization-matrix.csv";
    static final Path OBSERVED = Path.of("target", "authorization-matrix.observed.csv");

    static List<ApiOperation> operations;
    static Map<Cell, String> table;
    static MatrixRequests requests;

    /** One cell of the matrix. */
    record Cell(String operationId, MatrixRole role, String object) {
        String key() {
            return operationId + "," + role.label + "," + object;
        }
    }

    @BeforeAll
    static void prepare() {
        Instant started = Instant.now();
        operations = OpenApiOperations.fromGateway();
        table = readTable();
        MatrixObjects own = MatrixObjects.create("31", "hp.admin", "nlb.officer", ReportingJourneyTest.NLB, "99931",
                List.of(ReportingJourneyTest.NLB, ReportingJourneyTest.PHU_LIEN));
        MatrixObjects other = MatrixObjects.create("01", "hn.admin", "phuluong.officer", "09568", "99901", List.of("09568"));
        requests = new MatrixRequests(PlatformExtension.endpoints().gatewayUrl(), own, other,
                catalogue("/api/v1/aggregation/themes"), catalogue("/api/v1/aggregation/addressees"));
        System.out.println("[matrix] objects prepared in " + Duration.between(started, Instant.now()).toMillis() + " ms");
    }

    /** The province's catalogue in force: replacing it with itself is a real write that changes nothing. */
    private static String catalogue(String path) {
        return toJson(asUser("hp.admin").get(path).then().statusCode(200).extract().jsonPath().get("catalogue"));
    }

    private static String toJson(Object value) {
        try {
            return MatrixRequests.JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theTableHasARowForEveryCellOfTheOpenApiAndNoOtherRows() {
        Set<String> expected = cells().stream().map(Cell::key).collect(Collectors.toCollection(TreeSet::new));
        Set<String> rows = table.keySet().stream().map(Cell::key).collect(Collectors.toCollection(TreeSet::new));
        Set<String> missing = new TreeSet<>(expected);
        missing.removeAll(rows);
        Set<String> stale = new TreeSet<>(rows);
        stale.removeAll(expected);
        assertTrue(missing.isEmpty(), missing.size() + " cells of the OpenAPI have no row in " + TABLE
                + " (add them; the observed outcomes are in " + OBSERVED.toAbsolutePath() + "):\n" + String.join("\n", missing));
        assertTrue(stale.isEmpty(), stale.size() + " rows of " + TABLE + " name no operation of the OpenAPI:\n"
                + String.join("\n", stale));
    }

    @Test
    void everyCellAnswersAsTheTableSays() throws Exception {
        Instant started = Instant.now();
        List<Cell> cells = cells();
        Map<Cell, Answer> answers = new java.util.concurrent.ConcurrentHashMap<>();
        Map<String, ApiOperation> byId = operations.stream()
                .collect(Collectors.toMap(ApiOperation::operationId, op -> op, (a, b) -> a, LinkedHashMap::new));
        // Reads run in parallel; writes one operation after another, each operation's callers from the
        // least to the most privileged (MatrixRole order), deletions last, so that the owner's own call,
        // which may change or remove the object, comes after the refusals of the own province's object.
        List<Cell> reads = cells.stream().filter(c -> byId.get(c.operationId()).reads()).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> pending = new ArrayList<>();
            for (Cell cell : reads) {
                pending.add(pool.submit(() -> answers.put(cell, requests.send(byId.get(cell.operationId()), cell.role(), cell.object()))));
            }
            for (Future<?> future : pending) {
                future.get();
            }
        } finally {
            pool.shutdown();
        }
        cells.stream().filter(c -> !byId.get(c.operationId()).reads())
                .sorted(Comparator.comparingInt((Cell c) -> phase(byId.get(c.operationId())))
                        .thenComparing(Cell::operationId).thenComparing(Cell::object).thenComparing(Cell::role))
                .forEachOrdered(cell -> answers.put(cell, requests.send(byId.get(cell.operationId()), cell.role(), cell.object())));
        Duration took = Duration.between(started, Instant.now());
        writeObserved(cells, answers);

        List<String> failures = new ArrayList<>();
        for (Cell cell : cells) {
            Answer answer = answers.get(cell);
            String expected = table.get(cell);
            String problem = judge(cell, byId.get(cell.operationId()), expected, answer);
            if (problem != null) {
                failures.add(cell.key() + ": " + problem);
            }
        }
        System.out.println("[matrix] " + operations.size() + " operations, " + MatrixRole.values().length + " roles, "
                + cells.size() + " cells in " + took.toMillis() + " ms; " + failures.size() + " unexpected");
        assertTrue(failures.isEmpty(), failures.size() + " cells answer otherwise than " + TABLE + " says:\n"
                + String.join("\n", failures));
    }

    /** Null when the answer fits the row; else why not. */
    static String judge(Cell cell, ApiOperation op, String expected, Answer answer) {
        int status = answer.status();
        if (status >= 500) {
            return "server error " + status + (status == 599 ? " (" + answer.contentType() + ")" : "");
        }
        boolean success = status >= 200 && status < 300;
        // an empty list discloses nothing (e.g. an officer's part of another province's reminder schedule)
        if (success && crossesScope(cell, op) && !answer.emptyList()) {
            return status + " on an object or operation outside the caller's scope";
        }
        if (expected == null) {
            return "no row (observed " + status + ")";
        }
        if (refused(expected)) {
            if (status != Integer.parseInt(expected)) {
                return "expected " + expected + ", got " + status;
            }
            return answer.problem() ? null : "refusal " + status + " is not application/problem+json but " + answer.contentType();
        }
        return status == 401 || status == 403 ? "expected allowed, got " + status : null;
    }

    /** A 2xx here is a hole whatever the table says. */
    static boolean crossesScope(Cell cell, ApiOperation op) {
        if (cell.role() == MatrixRole.ANONYMOUS) {
            return !op.open();
        }
        if ("other".equals(cell.object())) {
            return cell.role() != MatrixRole.OTHER_PROVINCE_ADMIN;
        }
        return "own".equals(cell.object()) && cell.role() == MatrixRole.OTHER_PROVINCE_ADMIN;
    }

    static boolean refused(String expected) {
        return expected != null && !"allowed".equals(expected);
    }

    /** Updates first, then creations and state changes, deletions last. */
    private static int phase(ApiOperation op) {
        return switch (op.method()) {
            case "PUT", "PATCH" -> 1;
            case "POST" -> 2;
            default -> 3;
        };
    }

    static List<Cell> cells() {
        List<Cell> cells = new ArrayList<>();
        for (ApiOperation op : operations) {
            List<String> objects = ObjectKind.ofPath(op.path()) == ObjectKind.NONE ? List.of("-") : List.of("own", "other");
            for (String object : objects) {
                for (MatrixRole role : MatrixRole.values()) {
                    cells.add(new Cell(op.operationId(), role, object));
                }
            }
        }
        return cells;
    }

    static Map<Cell, String> readTable() {
        Map<Cell, String> rows = new LinkedHashMap<>();
        try (InputStream in = AuthorizationMatrixTest.class.getResourceAsStream(TABLE)) {
            if (in == null) {
                return rows;
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("operationId,")) {
                    continue;
                }
                String[] fields = trimmed.split(",", -1);
                if (fields.length < 4 || !Set.of("allowed", "401", "403", "404").contains(fields[3].strip())) {
                    throw new IllegalStateException(TABLE + " line " + number + ": expected operationId,role,object,"
                            + "allowed|401|403|404[,note], got " + line);
                }
                Cell cell = new Cell(fields[0].strip(), MatrixRole.byLabel(fields[1].strip()), fields[2].strip());
                if (rows.put(cell, fields[3].strip()) != null) {
                    throw new IllegalStateException(TABLE + " line " + number + ": a second row for " + cell.key());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    /** The observed outcomes as table rows, to review when adding rows. */
    private static void writeObserved(List<Cell> cells, Map<Cell, Answer> answers) throws IOException {
        StringBuilder out = new StringBuilder("operationId,role,object,expected,observed\n");
        for (Cell cell : cells) {
            int status = answers.get(cell).status();
            String suggested = status == 401 || status == 403 ? String.valueOf(status)
                    : status == 404 && crossesScope(cell, operationOf(cell)) ? "404" : "allowed";
            out.append(cell.key()).append(',').append(suggested).append(',').append(status).append('\n');
        }
        Files.createDirectories(OBSERVED.getParent());
        Files.writeString(OBSERVED, out);
    }

    private static ApiOperation operationOf(Cell cell) {
        return operations.stream().filter(op -> op.operationId().equals(cell.operationId())).findFirst().orElseThrow();
    }
}
