package vn.nq57.testinfra.mongo;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.nio.ByteBuffer;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.ObjectDataType;

/**
 * A collection's documents stored as BSON, behind a tag of their own, instead of Java-serialized.
 * H2's object type writes a document it does not know with a fresh {@code ObjectOutputStream} and
 * its class descriptors each time a page is saved: in a profiled national burst page saving was a
 * fifth of the launcher's CPU. Values written before (or of any other type) keep H2's encoding and
 * are read as before, so an existing store needs no migration; its documents become BSON as their
 * pages are rewritten. A store written this way cannot be opened by the stock backend any more.
 */
final class DocumentValueType extends ObjectDataType {

    /** A tag H2's object type does not use (its tags end at 119, the last short byte array). */
    static final byte TAG_BSON_DOCUMENT = 126;

    /** Estimated heap per document for the page cache: twice its BSON size, as H2 estimates serialized objects. */
    private volatile int averageMemory = 10_000;

    @Override
    public void write(WriteBuffer buff, Object value) {
        if (!(value instanceof Document document)) {
            super.write(buff, value);
            return;
        }
        ByteBuf bson = Unpooled.buffer(4_096);
        try {
            BsonEncoder.encodeDocument(document, bson);
            int length = bson.readableBytes();
            buff.put(TAG_BSON_DOCUMENT).putVarInt(length).put(bson.nioBuffer());
            remember(length);
        } finally {
            bson.release();
        }
    }

    @Override
    public Object read(ByteBuffer buff) {
        if (buff.get(buff.position()) != TAG_BSON_DOCUMENT) {
            return super.read(buff);
        }
        buff.get();
        int length = DataUtils.readVarInt(buff);
        ByteBuffer bson = buff.slice();
        bson.limit(length);
        buff.position(buff.position() + length);
        remember(length);
        return BsonDecoder.decodeBson(Unpooled.wrappedBuffer(bson));
    }

    @Override
    public int getMemory(Object value) {
        return value instanceof Document ? averageMemory : super.getMemory(value);
    }

    private void remember(int length) {
        averageMemory = (int) ((2L * length + 15L * averageMemory) / 16);
    }
}
