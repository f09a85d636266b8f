package vn.nq57.submission.attachment;

import java.util.Optional;

/** The attachment types a report accepts, recognised by their magic bytes rather than the declared type. */
enum FileTypes {
    PDF("application/pdf", new byte[] {'%', 'P', 'D', 'F', '-'}),
    PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}),
    JPEG("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});

    private final String mediaType;
    private final byte[] magic;

    FileTypes(String mediaType, byte[] magic) {
        this.mediaType = mediaType;
        this.magic = magic;
    }

    String mediaType() {
        return mediaType;
    }

    static Optional<FileTypes> declared(String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        String base = contentType.split(";")[0].trim().toLowerCase(java.util.Locale.ROOT);
        for (FileTypes t : values()) {
            if (t.mediaType.equals(base)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    boolean matches(byte[] content) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (content[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
