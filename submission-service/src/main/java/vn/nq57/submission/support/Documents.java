package vn.nq57.submission.support;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.bson.BsonBinaryWriter;
import org.bson.BsonWriter;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.io.BasicOutputBuffer;
import vn.nq57.contracts.events.EventCodec;

/**
 * Converts stored records to BSON documents and back through the platform's JSON mapping, so that
 * instants keep their offsets and enums their names in MongoDB exactly as on the wire.
 */
public final class Documents {

    private static final boolean PLAIN_DECIMALS = EventCodec.mapper().getFactory()
            .isEnabled(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    private Documents() {
    }

    /**
     * The record as a document whose top-level fields the caller may change (drop {@code _id}, add
     * pending events); a nested object is kept as its encoded BSON, written once here and copied as
     * bytes when the document is sent. The BSON is what parsing the record's JSON text would give
     * (a number without a point or exponent an int32, or an int64 when it needs one; any other a
     * double); before, the JSON text was parsed into a tree of documents and that tree encoded, a
     * quarter of submission-service's CPU on deadline day.
     */
    public static Document of(Object value) {
        return of(value, name -> false);
    }

    /** The same, without the top-level fields {@code left} names (they are not encoded). */
    public static Document of(Object value, Predicate<String> left) {
        try (TokenBuffer tokens = new TokenBuffer(EventCodec.mapper(), false)) {
            EventCodec.mapper().writeValue(tokens, value);
            try (JsonParser parser = tokens.asParser()) {
                if (parser.nextToken() != JsonToken.START_OBJECT) {
                    throw new IllegalArgumentException(value.getClass().getSimpleName() + " is not a JSON object");
                }
                Document document = new Document();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    parser.nextToken();
                    if (left.test(name)) {
                        parser.skipChildren();
                    } else {
                        document.put(name, javaValue(parser));
                    }
                }
                return document;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Maps a stored document onto a record without writing it out as JSON text first (a fifth of
     * submission-service's CPU on deadline day went to that text). A stored number reads as the text
     * path would read it: a double {@code d} as {@code BigDecimal.valueOf(d)}, the decimal of {@code Double.toString(d)}.
     */
    public static <T> T read(Document document, Class<T> type) {
        try {
            return EventCodec.mapper().convertValue(document, type);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("Stored " + type.getSimpleName() + " is unreadable: " + e.getMessage(), e);
        }
    }

    private static Object javaValue(JsonParser parser) throws IOException {
        return switch (parser.currentToken()) {
            case START_OBJECT -> {
                BasicOutputBuffer buffer = new BasicOutputBuffer();
                try (BsonBinaryWriter writer = new BsonBinaryWriter(buffer)) {
                    writeObject(parser, writer);
                }
                yield new RawBsonDocument(buffer.toByteArray());
            }
            case START_ARRAY -> {
                List<Object> items = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    items.add(javaValue(parser));
                }
                yield items;
            }
            case VALUE_STRING -> parser.getText();
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> number(numberText(parser));
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_NULL -> null;
            default -> throw new IllegalArgumentException("Unexpected " + parser.currentToken() + " in a stored record");
        };
    }

    private static void writeObject(JsonParser parser, BsonWriter writer) throws IOException {
        writer.writeStartDocument();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            writer.writeName(parser.currentName());
            parser.nextToken();
            writeValue(parser, writer);
        }
        writer.writeEndDocument();
    }

    private static void writeValue(JsonParser parser, BsonWriter writer) throws IOException {
        switch (parser.currentToken()) {
            case START_OBJECT -> writeObject(parser, writer);
            case START_ARRAY -> {
                writer.writeStartArray();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    writeValue(parser, writer);
                }
                writer.writeEndArray();
            }
            case VALUE_STRING -> writer.writeString(parser.getText());
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                Object number = number(numberText(parser));
                if (number instanceof Integer i) {
                    writer.writeInt32(i);
                } else if (number instanceof Long l) {
                    writer.writeInt64(l);
                } else {
                    writer.writeDouble((Double) number);
                }
            }
            case VALUE_TRUE -> writer.writeBoolean(true);
            case VALUE_FALSE -> writer.writeBoolean(false);
            case VALUE_NULL -> writer.writeNull();
            default -> throw new IllegalArgumentException("Unexpected " + parser.currentToken() + " in a stored record");
        }
    }

    /** The number as the record's JSON text has it. */
    private static String numberText(JsonParser parser) throws IOException {
        Number number = parser.getNumberValue();
        if (number instanceof BigDecimal decimal) {
            return PLAIN_DECIMALS ? decimal.toPlainString() : decimal.toString();
        }
        return parser.getText();
    }

    /** What MongoDB's JSON reader makes of a number's text. */
    private static Object number(String text) {
        if (text.indexOf('.') >= 0 || text.indexOf('e') >= 0 || text.indexOf('E') >= 0) {
            return Double.parseDouble(text);
        }
        long value = Long.parseLong(text);
        return value == (int) value ? (Object) (int) value : (Object) value;
    }
}
