package vn.nq57.submission.report;

import java.time.OffsetDateTime;

/**
 * A file attached to a report and kept in GridFS: the signed PDF scan or an image.
 *
 * @param kind e.g. SIGNED_SCAN, IMAGE
 */
public record AttachmentRef(String id, String fileName, String contentType, long size, String kind,
        OffsetDateTime uploadedAt, String uploadedBy) {
}
