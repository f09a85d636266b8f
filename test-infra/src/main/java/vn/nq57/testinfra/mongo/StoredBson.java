package vn.nq57.testinfra.mongo;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/** A document as the BSON bytes a collection keeps of it, and back. */
final class StoredBson {

    /** Size of the last document encoded, so that the next one's buffer rarely has to grow. */
    private static volatile int lastSize = 4_096;

    private StoredBson() {
    }

    static byte[] encode(Document document) {
        ByteBuf buffer = Unpooled.buffer(lastSize + lastSize / 4);
        try {
            BsonEncoder.encodeDocument(document, buffer);
            lastSize = buffer.readableBytes();
            return ByteBufUtil.getBytes(buffer);
        } finally {
            buffer.release();
        }
    }

    static Document decode(byte[] bson) {
        return BsonDecoder.decodeBson(Unpooled.wrappedBuffer(bson));
    }

    /** A name to look for at the top level of stored documents, as its BSON bytes. */
    record FieldName(String name, byte[] utf8) {
        static FieldName of(String name) {
            return new FieldName(name, name.getBytes(StandardCharsets.UTF_8));
        }
    }

    /**
     * Only the named top-level fields of a stored document (those it has), decoded; every other field
     * is stepped over by its length. A query that names only these fields matches this document
     * exactly as it matches the whole one.
     */
    static Document select(byte[] bson, List<FieldName> names) {
        Document selected = new Document();
        int at = 4;
        while (selected.size() < names.size()) {
            byte type = bson[at++];
            if (type == 0) {
                break;
            }
            int nameEnd = cStringEnd(bson, at);
            FieldName wanted = find(names, bson, at, nameEnd);
            at = nameEnd + 1;
            int valueEnd = at + valueLength(type, bson, at);
            if (wanted != null) {
                selected.put(wanted.name(), BsonDecoder.decodeValue(type, Unpooled.wrappedBuffer(bson, at, valueEnd - at)));
            }
            at = valueEnd;
        }
        return selected;
    }

    /** Where the C string (a field name, a regular expression's pattern or options) starting at {@code from} ends. */
    private static int cStringEnd(byte[] bson, int from) {
        for (int i = from; i < bson.length; i++) {
            if (bson[i] == 0) {
                return i;
            }
        }
        throw new IllegalArgumentException("A C string runs past the document's end");
    }

    private static FieldName find(List<FieldName> names, byte[] bson, int from, int to) {
        for (FieldName name : names) {
            if (Arrays.equals(bson, from, to, name.utf8(), 0, name.utf8().length)) {
                return name;
            }
        }
        return null;
    }

    /** The length of a value of this BSON type that starts at {@code at}, by the BSON specification. */
    private static int valueLength(byte type, byte[] bson, int at) {
        return switch (type) {
            case 0x06, 0x0A, (byte) 0xFF, 0x7F -> 0; // undefined, null, min key, max key
            case 0x08 -> 1; // boolean
            case 0x10 -> 4; // int32
            case 0x01, 0x09, 0x11, 0x12 -> 8; // double, UTC datetime, timestamp, int64
            case 0x07 -> 12; // ObjectId
            case 0x13 -> 16; // decimal128
            case 0x02, 0x0D, 0x0E -> 4 + int32(bson, at); // string, JavaScript code, symbol
            case 0x03, 0x04, 0x0F -> int32(bson, at); // document, array, code with scope: their length includes itself
            case 0x05 -> 5 + int32(bson, at); // binary: length, subtype, bytes
            case 0x0B -> regexLength(bson, at);
            case 0x0C -> 4 + int32(bson, at) + 12; // DBPointer: string, ObjectId
            default -> throw new IllegalArgumentException("Unknown BSON type " + type);
        };
    }

    private static int regexLength(byte[] bson, int at) {
        int patternEnd = cStringEnd(bson, at);
        return cStringEnd(bson, patternEnd + 1) + 1 - at;
    }

    private static int int32(byte[] bson, int at) {
        return (bson[at] & 0xFF) | (bson[at + 1] & 0xFF) << 8 | (bson[at + 2] & 0xFF) << 16 | (bson[at + 3] & 0xFF) << 24;
    }
}
