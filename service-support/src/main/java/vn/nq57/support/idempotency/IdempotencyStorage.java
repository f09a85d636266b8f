package vn.nq57.support.idempotency;

import io.smallrye.mutiny.Uni;

/**
 * Where a service keeps its Idempotency-Keys (PostgreSQL in plan-service, MongoDB in
 * submission-service). The rules are {@link IdempotencyRules}'; a storage only has to make
 * {@link #claim} atomic: of two concurrent claims of one key, exactly one returns true.
 */
public interface IdempotencyStorage {

    /**
     * Inserts the key as in flight for {@code request}. True when this call owns it: the key was new,
     * or an earlier owner of the same request started longer ago than the lease and never answered
     * (it crashed).
     */
    Uni<Boolean> claim(String subject, String key, String request);

    /** The key as stored, or null when there is none. */
    Uni<StoredKey> find(String subject, String key);

    /** Records the answer of the owner. */
    Uni<Void> complete(String subject, String key, StoredAnswer answer);

    /** Forgets an in-flight key whose request failed, so that a corrected retry goes through. */
    Uni<Void> release(String subject, String key);

    /** A stored key: what it stands for, and its answer once there is one (null while in flight). */
    record StoredKey(String request, StoredAnswer answer) {
    }

    /** The answer a retry replays: status, JSON body, Location and ETag (each may be null but the status). */
    record StoredAnswer(int status, String body, String location, String etag) {
    }
}
