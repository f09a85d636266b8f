package vn.nq57.testinfra.mongo;

import de.bwaldvogel.mongo.bson.Document;
import java.nio.ByteBuffer;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.ObjectDataType;

/**
 * A collection's documents in MVStore pages as their BSON bytes, behind a tag of their own.
 *
 * <p>Kept as bytes rather than decoded, a page costs the collector one array per document instead of
 * a tree of maps and strings (a report's 60 indicator values are some 3,000 objects), and saving a
 * page copies bytes instead of encoding every document on it again. Values of any other type keep
 * H2's encoding; a document H2 Java-serialized (a store written by the stock backend) is read as its
 * BSON, so an existing store needs no migration. A store written this way cannot be opened by the
 * stock backend any more.
 */
final class BsonBytesType extends ObjectDataType {

    /** A tag H2's object type does not use (its tags end at 119, the last short byte array). */
    static final byte TAG_BSON_DOCUMENT = 126;

    /** What an array costs the heap beyond its bytes: header and length, rounded up. */
    private static final int ARRAY_OVERHEAD = 24;

    @Override
    public void write(WriteBuffer buff, Object value) {
        if (value instanceof byte[] bson) {
            buff.put(TAG_BSON_DOCUMENT).putVarInt(bson.length).put(bson);
        } else {
            super.write(buff, value);
        }
    }

    @Override
    public Object read(ByteBuffer buff) {
        if (buff.get(buff.position()) != TAG_BSON_DOCUMENT) {
            Object value = super.read(buff);
            return value instanceof Document serialized ? StoredBson.encode(serialized) : value;
        }
        buff.get();
        byte[] bson = new byte[DataUtils.readVarInt(buff)];
        buff.get(bson);
        return bson;
    }

    @Override
    public int getMemory(Object value) {
        return value instanceof byte[] bson ? bson.length + ARRAY_OVERHEAD : super.getMemory(value);
    }
}
