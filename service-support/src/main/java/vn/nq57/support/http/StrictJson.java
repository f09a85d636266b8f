package vn.nq57.support.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * Request bodies are read strictly in every service: {@code "resubmissionDays": 2.5} is refused
 * rather than cut to 2, a field given twice is refused rather than the last one silently winning, an
 * empty string is no date ({@code "cutOffDate": ""} is refused, not read as absent) and an enum is
 * named, never numbered ({@code "qualifier": "0"} is refused, not read as the first constant).
 * Unknown properties are refused by {@code quarkus.jackson.fail-on-unknown-properties}. Events are
 * read by the event codec's own tolerant mapper, not this one.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.coercionConfigFor(LogicalType.DateTime).setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
    }
}
