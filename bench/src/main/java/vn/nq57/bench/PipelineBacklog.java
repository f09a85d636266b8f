package vn.nq57.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * Where a burst's events wait, every two seconds: aggregates whose outbox events submission-service
 * has not published yet (its {@code nq57_outbox_pending} gauge) and the report records the two
 * consumer groups have not consumed yet. Tells a late status matrix's delay apart by stage.
 */
final class PipelineBacklog implements Runnable {

    private static final String TOPIC = "nq57.reports.v1";
    private static final List<String> GROUPS = List.of("aggregation-service-reports", "notification-service-reports");

    /** One look: seconds since the burst began, pending aggregates, and each group's lag. */
    record Sample(double at, long pending, long aggregationLag, long notificationLag) {
    }

    private final String submissionMetrics;
    private final Admin admin;
    private final HttpClient http = HttpClient.newHttpClient();
    private final long startNanos = System.nanoTime();
    private final List<Sample> samples = new ArrayList<>();
    private volatile boolean running = true;

    PipelineBacklog(String kafka, String submissionMetrics) {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka);
        this.admin = Admin.create(props);
        this.submissionMetrics = submissionMetrics;
    }

    @Override
    public void run() {
        try {
            while (running) {
                sample();
                PlatformSetup.sleep(2_000);
            }
        } finally {
            admin.close(Duration.ofSeconds(5));
        }
    }

    void stop() {
        running = false;
    }

    synchronized List<Sample> samples() {
        return List.copyOf(samples);
    }

    private void sample() {
        try {
            Sample s = new Sample((System.nanoTime() - startNanos) / 1e9, pending(), lag(GROUPS.get(0)), lag(GROUPS.get(1)));
            synchronized (this) {
                samples.add(s);
            }
        } catch (Exception e) {
            // a missed look leaves a gap in the series; the burst goes on
        }
    }

    private long pending() throws Exception {
        String body = http.send(HttpRequest.newBuilder(URI.create(submissionMetrics)).timeout(Duration.ofSeconds(5)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        return body.lines().filter(l -> l.startsWith("nq57_outbox_pending"))
                .mapToLong(l -> (long) Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
    }

    private long lag(String group) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata().get();
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        admin.describeTopics(List.of(TOPIC)).allTopicNames().get().get(TOPIC).partitions()
                .forEach(p -> latest.put(new TopicPartition(TOPIC, p.partition()), OffsetSpec.latest()));
        long lag = 0;
        for (var end : admin.listOffsets(latest).all().get().entrySet()) {
            OffsetAndMetadata at = committed.get(end.getKey());
            lag += end.getValue().offset() - (at == null ? 0 : at.offset());
        }
        return lag;
    }
}
