package vn.nq57.aggregation.view;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * An answer serialized once, with one hole for a value that changes with every read (the matrix's
 * {@code asOf}), kept both as JSON and as raw deflate blocks: a read fills the hole and, for a client
 * that accepts gzip, sends the stored blocks around a few freshly compressed bytes, so neither the
 * serialization nor the compression of a large answer is repeated per read. The head's blocks end
 * with a sync flush and the tail's with the final block, so head + filler + tail is one valid deflate
 * stream; the gzip trailer's CRC-32 is computed over the whole JSON per read (hardware-assisted).
 */
final class SplicedJson {

    static final int LEVEL = 6;
    private static final byte[] GZIP_HEADER = {0x1f, (byte) 0x8b, Deflater.DEFLATED, 0, 0, 0, 0, 0, 0, (byte) 0xff};

    private final byte[] head;
    private final byte[] tail;
    private final byte[] deflatedHead;
    private final byte[] deflatedTail;

    private SplicedJson(byte[] head, byte[] tail) {
        this.head = head;
        this.tail = tail;
        this.deflatedHead = deflate(head, false);
        this.deflatedTail = deflate(tail, true);
    }

    /** The JSON without a hole. */
    static SplicedJson whole(byte[] json) {
        return new SplicedJson(json, new byte[0]);
    }

    /**
     * The JSON split around the only occurrence of {@code hole}.
     *
     * @throws IllegalStateException when the hole does not occur exactly once
     */
    static SplicedJson around(byte[] json, byte[] hole) {
        int at = indexOf(json, hole, 0);
        if (at < 0 || indexOf(json, hole, at + 1) >= 0) {
            throw new IllegalStateException("The placeholder must occur exactly once in the serialized answer");
        }
        return new SplicedJson(Arrays.copyOfRange(json, 0, at), Arrays.copyOfRange(json, at + hole.length, json.length));
    }

    /** The JSON with the hole filled. */
    byte[] json(byte[] filler) {
        byte[] out = new byte[head.length + filler.length + tail.length];
        System.arraycopy(head, 0, out, 0, head.length);
        System.arraycopy(filler, 0, out, head.length, filler.length);
        System.arraycopy(tail, 0, out, head.length + filler.length, tail.length);
        return out;
    }

    /** The same JSON as a gzip member (RFC 1952). */
    byte[] gzip(byte[] filler) {
        byte[] middle = deflate(filler, false);
        ByteArrayOutputStream out = new ByteArrayOutputStream(GZIP_HEADER.length + deflatedHead.length + middle.length
                + deflatedTail.length + 8);
        out.writeBytes(GZIP_HEADER);
        out.writeBytes(deflatedHead);
        out.writeBytes(middle);
        out.writeBytes(deflatedTail);
        CRC32 crc = new CRC32();
        crc.update(head);
        crc.update(filler);
        crc.update(tail);
        littleEndian(out, crc.getValue());
        littleEndian(out, head.length + filler.length + tail.length);
        return out.toByteArray();
    }

    /** Size of the JSON with an empty hole (for the cache's weight). */
    int bytes() {
        return head.length + tail.length + deflatedHead.length + deflatedTail.length;
    }

    /** Raw deflate blocks of {@code data}: the final block when {@code last}, else ending with a sync flush. */
    static byte[] deflate(byte[] data, boolean last) {
        Deflater deflater = new Deflater(LEVEL, true);
        try {
            deflater.setInput(data);
            ByteArrayOutputStream out = new ByteArrayOutputStream(data.length / 4 + 64);
            byte[] buffer = new byte[64 * 1024];
            if (last) {
                deflater.finish();
                while (!deflater.finished()) {
                    out.write(buffer, 0, deflater.deflate(buffer));
                }
            } else {
                int n;
                do {
                    n = deflater.deflate(buffer, 0, buffer.length, Deflater.SYNC_FLUSH);
                    out.write(buffer, 0, n);
                } while (n == buffer.length);
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    private static void littleEndian(ByteArrayOutputStream out, long value) {
        for (int i = 0; i < 4; i++) {
            out.write((int) (value >>> (8 * i)) & 0xff);
        }
    }

    private static int indexOf(byte[] data, byte[] part, int from) {
        outer:
        for (int i = from; i <= data.length - part.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (data[i + j] != part[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
