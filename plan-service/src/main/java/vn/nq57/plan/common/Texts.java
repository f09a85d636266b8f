package vn.nq57.plan.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import vn.nq57.contracts.events.EventCodec;
import vn.nq57.contracts.text.VietnameseText;

/** NFC normalisation of whole request records (every string inside them) on the way in. */
public final class Texts {

    private Texts() {
    }

    @SuppressWarnings("unchecked")
    public static <T> T nfc(T value) {
        if (value == null) {
            return null;
        }
        try {
            String json = VietnameseText.nfc(EventCodec.mapper().writeValueAsString(value));
            return (T) EventCodec.mapper().readValue(json, value.getClass());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot normalise " + value.getClass().getSimpleName(), e);
        }
    }

    public static String trimToNull(String text) {
        if (text == null) {
            return null;
        }
        String t = VietnameseText.nfc(text.strip());
        return t.isEmpty() ? null : t;
    }
}
