package vn.nq57.testinfra.mongo;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.nio.ByteBuffer;
import java.util.ConcurrentModificationException;
import java.util.function.Function;
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

    private static final int MAX_ATTEMPTS = 1_000;

    /** Estimated heap per document for the page cache: twice its BSON size, as H2 estimates serialized objects. */
    private volatile int averageMemory = 10_000;

    @Override
    public void write(WriteBuffer buff, Object value) {
        if (!(value instanceof Document document)) {
            super.write(buff, value);
            return;
        }
        remember(encoded(document, averageMemory / 2 + 4_096, bson -> {
            buff.put(TAG_BSON_DOCUMENT).putVarInt(bson.readableBytes()).put(bson.nioBuffer());
            return bson.readableBytes();
        }));
    }

    /** A document's BSON size, as collStats reports it. */
    static int encodedSize(Document document) {
        return encoded(document, 4_096, ByteBuf::readableBytes);
    }

    /** What {@code use} makes of the document's BSON, in a buffer released afterwards. */
    private static <T> T encoded(Document document, int capacity, Function<ByteBuf, T> use) {
        ByteBuf bson = Unpooled.buffer(capacity);
        try {
            encode(document, bson);
            return use.apply(bson);
        } finally {
            bson.release();
        }
    }

    /**
     * mongo-java-server updates a stored document in place (under its collection's lock, not ours),
     * and MVStore saves the page of the version before in the background meanwhile: the iteration
     * may then fail and is simply done again. What such a save holds is replaced by the next save,
     * since the update marks the document's page changed again. (H2's own Java serialization did not
     * notice the change; a failure here would close the store.)
     */
    private static void encode(Document document, ByteBuf bson) {
        for (int attempt = 1; ; attempt++) {
            try {
                BsonEncoder.encodeDocument(document, bson);
                return;
            } catch (ConcurrentModificationException changedMeanwhile) {
                if (attempt == MAX_ATTEMPTS) {
                    throw changedMeanwhile;
                }
                bson.clear();
                Thread.yield();
            }
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
