package vn.nq57.contracts.events;

import org.jboss.logging.Logger;

/**
 * Applies one consumed record a bounded number of times. When the last attempt fails the caller
 * rethrows, and the channel's {@code dead-letter-queue} failure strategy parks the record on
 * {@code <topic>.dlq} (with the error and the original headers) while the consumer goes on.
 */
public final class BoundedRetry {

    /** Attempts before a record is parked. */
    public static final int ATTEMPTS = 3;

    private static final Logger LOG = Logger.getLogger(BoundedRetry.class);

    private BoundedRetry() {
    }

    /**
     * Runs {@code work} up to {@link #ATTEMPTS} times with a short growing pause.
     *
     * @return normally when an attempt succeeded
     * @throws RuntimeException the last failure, once every attempt has failed; logged once here
     */
    public static void run(String topic, String recordId, Runnable work, long pauseMillis) {
        RuntimeException last = null;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                work.run();
                return;
            } catch (RuntimeException e) {
                last = e;
                pause(pauseMillis * attempt);
            }
        }
        LOG.errorf("Parking record %s of %s after %d attempts: %s", recordId, topic, ATTEMPTS, rootMessage(last));
        throw last;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
