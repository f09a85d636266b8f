package vn.nq57.apicontract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.nq57.client.api.ContactsApi;
import vn.nq57.client.api.ReportsApi;
import vn.nq57.client.api.RoundsApi;
import vn.nq57.client.model.ContactView;
import vn.nq57.client.model.ReportView;
import vn.nq57.client.model.RoundView;

/**
 * The merged platform document (written by {@link PlatformDocument} in process-classes) keeps the
 * contract rules, and the Java client generated from it (compiled with these tests) has named,
 * typed methods for the central operations.
 */
class PlatformContractTest {

    private static JsonNode document;

    @BeforeAll
    static void readDocument() throws Exception {
        document = new ObjectMapper().readTree(Path.of(System.getProperty("nq57.platform.document",
                "target/openapi/nq57-platform.json")).toFile());
    }

    @Test
    void everyOperationHasAUniqueOperationIdAndEveryJsonBodyATypedSchema() {
        List<String> violations = ContractRules.violations(document);

        assertTrue(violations.isEmpty(), () -> violations.size() + " contract violations:\n"
                + String.join("\n", violations));
    }

    @Test
    void includesEveryServiceWithTagDescriptionsLicenceAndContact() {
        assertTrue(document.at("/info/description").asText()
                .contains("Services included: plan, submission, aggregation, notification."));
        assertFalse(document.at("/info/description").asText().contains("left out"));
        assertFalse(document.at("/info/license/name").asText().isBlank());
        assertFalse(document.at("/info/contact/name").asText().isBlank());
        List<String> undescribed = new ArrayList<>();
        document.path("tags").forEach(tag -> {
            if (tag.path("description").asText().isBlank()) {
                undescribed.add(tag.path("name").asText());
            }
        });
        assertEquals(List.of(), undescribed, "tags without a description");
    }

    @Test
    void theGeneratedClientAnswersTheCentralOperationsWithTypedModels() {
        assertReturns(ReportsApi.class, "getReport", ReportView.class);
        assertReturns(ReportsApi.class, "updateReportDraft", ReportView.class);
        assertReturns(ReportsApi.class, "submitReport", ReportView.class);
        assertReturns(ReportsApi.class, "returnReport", ReportView.class);
        assertReturns(ReportsApi.class, "acceptReport", ReportView.class);
        assertReturns(ReportsApi.class, "withdrawReport", ReportView.class);
        assertReturns(RoundsApi.class, "getRound", RoundView.class);
        assertReturns(RoundsApi.class, "changeRoundDeadline", RoundView.class);
        assertReturns(RoundsApi.class, "closeRound", RoundView.class);
        assertReturns(RoundsApi.class, "reopenRoundForUnit", RoundView.class);
        assertReturns(ContactsApi.class, "getContact", ContactView.class);
        assertReturns(ContactsApi.class, "replaceContact", ContactView.class);
    }

    private static void assertReturns(Class<?> api, String operationId, Class<?> model) {
        List<Method> methods = Arrays.stream(api.getMethods()).filter(m -> m.getName().equals(operationId)).toList();
        assertFalse(methods.isEmpty(), () -> api.getSimpleName() + " has no method " + operationId);
        methods.forEach(method -> assertEquals(model, method.getReturnType(),
                () -> api.getSimpleName() + "." + operationId));
    }
}
