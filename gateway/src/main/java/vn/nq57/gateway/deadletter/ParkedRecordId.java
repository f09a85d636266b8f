package vn.nq57.gateway.deadletter;

import java.util.Optional;
import org.apache.kafka.common.TopicPartition;

/** Where a parked record lies: {@code <dlqTopic>-<partition>-<offset>}, its id in the API. */
record ParkedRecordId(String dlqTopic, int partition, long offset) {

    static ParkedRecordId of(String dlqTopic, int partition, long offset) {
        return new ParkedRecordId(dlqTopic, partition, offset);
    }

    /** Parses an id; empty unless it names a record of one of the platform's dead-letter topics. */
    static Optional<ParkedRecordId> parse(String id) {
        int offsetDash = id.lastIndexOf('-');
        int partitionDash = offsetDash <= 0 ? -1 : id.lastIndexOf('-', offsetDash - 1);
        if (partitionDash <= 0) {
            return Optional.empty();
        }
        String topic = id.substring(0, partitionDash);
        try {
            int partition = Integer.parseInt(id.substring(partitionDash + 1, offsetDash));
            long offset = Long.parseLong(id.substring(offsetDash + 1));
            if (partition < 0 || offset < 0 || !DeadLetterTopics.ALL.contains(topic)) {
                return Optional.empty();
            }
            return Optional.of(new ParkedRecordId(topic, partition, offset));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    TopicPartition topicPartition() {
        return new TopicPartition(dlqTopic, partition);
    }

    @Override
    public String toString() {
        return dlqTopic + "-" + partition + "-" + offset;
    }
}
