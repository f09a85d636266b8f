package vn.nq57.apicontract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContractRulesTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static JsonNode document(String paths) throws Exception {
        return MAPPER.readTree("{\"openapi\":\"3.1.0\",\"paths\":" + paths.replace('\'', '"') + "}");
    }

    @Test
    void namesAnOperationWithoutOperationId() throws Exception {
        JsonNode doc = document("{'/api/v1/reports/{id}/submit':{'post':{'responses':{'204':{'description':'ok'}}}}}");

        assertEquals(List.of("POST /api/v1/reports/{id}/submit: no operationId"), ContractRules.violations(doc));
    }

    @Test
    void namesBothOwnersOfADuplicateOperationId() throws Exception {
        JsonNode doc = document("{'/api/v1/units':{'get':{'operationId':'list','responses':{}}},"
                + "'/api/v1/plans':{'get':{'operationId':'list','responses':{}}}}");

        assertEquals(List.of("GET /api/v1/plans: operationId list is also used by GET /api/v1/units"),
                ContractRules.violations(doc));
    }

    @Test
    void refusesAnUntypedJsonBodyAsABareResponseGivesIt() throws Exception {
        JsonNode doc = document("{'/api/v1/reports/{id}':{'get':{'operationId':'getReport','responses':{"
                + "'200':{'description':'ok','content':{'application/json':{'schema':{'type':'object'}}}},"
                + "'201':{'description':'ok','content':{'application/json':{}}},"
                + "'202':{'description':'ok','content':{'application/json':{'schema':{'type':'array','items':{}}}}},"
                + "'404':{'description':'no','content':{'application/json':{}}}}}}}");

        assertEquals(List.of("GET /api/v1/reports/{id}: 200 application/json body has no typed schema",
                "GET /api/v1/reports/{id}: 201 application/json body has no typed schema",
                "GET /api/v1/reports/{id}: 202 application/json body has no typed schema"),
                ContractRules.violations(doc));
    }

    @Test
    void acceptsReferencesScalarsTypedArraysMapsAndNonJsonBodies() throws Exception {
        JsonNode doc = document("{'/a':{'get':{'operationId':'a','responses':{"
                + "'200':{'description':'ok','content':{'application/json':{'schema':{'$ref':'#/components/schemas/ReportView'}},"
                + "'text/csv':{'schema':{}}}}}},"
                + "'post':{'operationId':'b','responses':{'200':{'description':'ok','content':{'application/problem+json':"
                + "{'schema':{'type':'array','items':{'$ref':'#/components/schemas/RoundView'}}}}}}}},"
                + "'/b':{'get':{'operationId':'c','responses':{'200':{'description':'ok','content':{'application/json':"
                + "{'schema':{'type':['object','null'],'additionalProperties':{'type':'integer'}}}}}}},"
                + "'put':{'operationId':'d','responses':{'200':{'description':'ok','content':{'application/json':"
                + "{'schema':{'type':'string'}}}}}}}}");

        assertTrue(ContractRules.violations(doc).isEmpty(), () -> ContractRules.violations(doc).toString());
    }
}
