package vn.nq57.reportimport;

import java.util.Locale;
import java.util.Optional;

/** The file types the importer reads, recognised by media type or, failing that, by file name. */
public enum DocumentFormat {
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx"),
    PDF("application/pdf", ".pdf"),
    TEXT("text/plain", ".txt");

    private final String mediaType;
    private final String extension;

    DocumentFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The format for a Content-Type (parameters ignored) or, when that is generic, a file name. */
    public static Optional<DocumentFormat> detect(String contentType, String fileName) {
        String type = contentType == null ? "" : contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        for (DocumentFormat format : values()) {
            if (format.mediaType.equals(type)) {
                return Optional.of(format);
            }
        }
        boolean generic = type.isEmpty() || type.equals("application/octet-stream");
        if (generic && fileName != null) {
            String name = fileName.toLowerCase(Locale.ROOT);
            for (DocumentFormat format : values()) {
                if (name.endsWith(format.extension)) {
                    return Optional.of(format);
                }
            }
        }
        return Optional.empty();
    }
}
