package vn.nq57.gateway.deadletter;

import java.util.List;
import java.util.Optional;
import vn.nq57.contracts.events.Topics;

/** The platform's dead-letter topics: {@code <topic>.dlq} of every event topic. */
final class DeadLetterTopics {

    static final List<String> ALL = List.of(Topics.UNITS, Topics.PLANS, Topics.ROUNDS, Topics.REPORTS).stream()
            .map(Topics::deadLetter).sorted().toList();

    private DeadLetterTopics() {
    }

    /** The dead-letter topic a filter names, given as the event topic or as its {@code .dlq}. */
    static Optional<String> resolve(String filter) {
        String dlq = filter.endsWith(Topics.DEAD_LETTER_SUFFIX) ? filter : Topics.deadLetter(filter);
        return ALL.contains(dlq) ? Optional.of(dlq) : Optional.empty();
    }

    /** The event topic whose records {@code dlqTopic} parks. */
    static String originalOf(String dlqTopic) {
        return dlqTopic.substring(0, dlqTopic.length() - Topics.DEAD_LETTER_SUFFIX.length());
    }
}
