package vn.nq57.notification.dispatch;

import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.locks.ReentrantLock;
import org.jboss.logging.Logger;
import java.util.stream.Collectors;
import vn.nq57.notification.catalog.RoundEntity;
import vn.nq57.notification.catalog.RoundUnit;
import vn.nq57.notification.catalog.UnitEntity;
import vn.nq57.notification.inbox.InboxHub;
import vn.nq57.notification.inbox.InboxItem;
import vn.nq57.notification.notice.Delivery;
import vn.nq57.notification.notice.NoticeContent;
import vn.nq57.notification.notice.NoticeContents;
import vn.nq57.notification.notice.NoticeKind;
import vn.nq57.notification.notice.NoticeRecorder;
import vn.nq57.notification.notice.Notification;
import vn.nq57.notification.schedule.ScheduledNotice;
import vn.nq57.notification.support.Db;
import vn.nq57.notification.support.NotificationConfig;
import vn.nq57.notification.webhook.Webhook;

/**
 * Turns what is due into notifications and delivers them. Everything it works from is in
 * PostgreSQL, so a run after downtime catches up: of several reminders of a unit that fell due
 * meanwhile only the latest is sent, and a reminder whose deadline has passed gives way to the
 * overdue notice. Triggered by the scheduler, at startup, after immediate notices, and by tests.
 */
@ApplicationScoped
public class Dispatcher {

    /** What one run did. */
    public record Result(int notices, int digests, int delivered, int failed) {
    }

    private static final int BATCH = 50;
    private static final Duration LEASE = Duration.ofMinutes(5);

    private static final Logger LOG = Logger.getLogger(Dispatcher.class);

    private final ReentrantLock lock = new ReentrantLock();
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "notification-delivery");
        thread.setDaemon(true);
        return thread;
    });
    private final NoticeRecorder recorder;
    private final NoticeContents contents;
    private final InboxHub hub;
    private final EmailSender email;
    private final WebhookSender webhooks;
    private final NotificationConfig config;
    private final Clock clock;
    private final MeterRegistry metrics;

    Dispatcher(NoticeRecorder recorder, NoticeContents contents, InboxHub hub, EmailSender email,
            WebhookSender webhooks, NotificationConfig config, Clock clock, MeterRegistry metrics) {
        this.recorder = recorder;
        this.contents = contents;
        this.hub = hub;
        this.email = email;
        this.webhooks = webhooks;
        this.config = config;
        this.clock = clock;
        this.metrics = metrics;
    }

    /** Sends every scheduled notice and digest that is due, then every pending delivery. */
    public Result dispatchDue() {
        lock.lock();
        try {
            List<InboxItem> noticeItems = Db.tx(this::materializeDueNotices);
            hub.publish(noticeItems);
            List<InboxItem> digestItems = Db.tx(this::escalate);
            hub.publish(digestItems);
            int[] sent = deliverLocked();
            return new Result(noticeItems.size(), digestItems.size(), sent[0], sent[1]);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Starts a delivery run on the dispatcher's own thread, so that a slow SMTP server or webhook
     * never holds up the Kafka consumers; used for the notices sent at once.
     */
    public void requestDelivery() {
        background.execute(() -> {
            try {
                deliverPending();
            } catch (RuntimeException e) {
                LOG.error("Delivery run failed; the next run retries", e);
            }
        });
    }

    @PreDestroy
    void stop() {
        background.shutdownNow();
    }

    /** Delivers what is pending (emails, webhooks), including retries that are due. */
    public Result deliverPending() {
        lock.lock();
        try {
            int[] sent = deliverLocked();
            return new Result(0, 0, sent[0], sent[1]);
        } finally {
            lock.unlock();
        }
    }

    private Uni<List<InboxItem>> materializeDueNotices() {
        Instant now = clock.instant();
        return ScheduledNotice.<ScheduledNotice>list("status = ?1 and fireAt <= ?2 order by fireAt",
                ScheduledNotice.Status.PENDING, now).chain(due -> {
                    Map<String, ScheduledNotice> latestReminder = new HashMap<>();
                    for (ScheduledNotice n : due) {
                        if (n.kind == NoticeKind.REMINDER && now.isBefore(n.deadline)) {
                            latestReminder.merge(n.roundId + ":" + n.unitCode, n,
                                    (a, b) -> a.fireAt.isAfter(b.fireAt) ? a : b);
                        }
                    }
                    List<InboxItem> created = new ArrayList<>();
                    Uni<Void> chain = Uni.createFrom().voidItem();
                    for (ScheduledNotice n : due) {
                        boolean send = n.kind != NoticeKind.REMINDER
                                || latestReminder.get(n.roundId + ":" + n.unitCode) == n;
                        chain = chain.chain(() -> process(n, send, now).invoke(created::addAll)).replaceWithVoid();
                    }
                    return chain.replaceWith(created);
                });
    }

    private Uni<List<InboxItem>> process(ScheduledNotice notice, boolean send, Instant now) {
        notice.doneAt = now;
        if (!send) {
            notice.status = ScheduledNotice.Status.SKIPPED;
            return Uni.createFrom().item(List.of());
        }
        return RoundUnit.<RoundUnit>findById(new RoundUnit.Key(notice.roundId, notice.unitCode)).chain(state -> {
            if (state == null || !state.chased()) {
                notice.status = ScheduledNotice.Status.CANCELLED;
                return Uni.createFrom().item(List.<InboxItem>of());
            }
            notice.status = ScheduledNotice.Status.SENT;
            return contents.forUnit(notice.kind, notice.label, notice.roundId, notice.unitCode, notice.deadline,
                    null, null).chain(content -> recorder.record(notice.dedupKey, content));
        });
    }

    private Uni<List<InboxItem>> escalate() {
        Instant now = clock.instant();
        LocalDate today = now.atZone(config.zone()).toLocalDate();
        boolean todaysDue = !now.isBefore(today.atTime(config.escalation().timeOfDay()).atZone(config.zone()).toInstant());
        LocalDate digestDay = todaysDue ? today : today.minusDays(1);
        Instant oldest = now.minus(Duration.ofDays(config.escalation().maxDays() + 2L));
        return RoundEntity.<RoundEntity>list("dueAt < ?1 and dueAt > ?2", now, oldest).chain(rounds -> {
            List<InboxItem> created = new ArrayList<>();
            Uni<Void> chain = Uni.createFrom().voidItem();
            for (RoundEntity round : rounds) {
                LocalDate dueDay = round.dueAt.atZone(config.zone()).toLocalDate();
                if (!digestDay.isAfter(dueDay) || digestDay.isAfter(dueDay.plusDays(config.escalation().maxDays()))) {
                    continue;
                }
                chain = chain.chain(() -> digest(round, digestDay, now).invoke(created::addAll)).replaceWithVoid();
            }
            return chain.replaceWith(created);
        });
    }

    private Uni<List<InboxItem>> digest(RoundEntity round, LocalDate day, Instant now) {
        String key = "ESCALATION:%s:%s".formatted(round.roundId, day);
        return RoundUnit.<RoundUnit>list("roundId = ?1 and status in ?2 order by unitCode", round.roundId,
                List.of(RoundUnit.Status.PENDING, RoundUnit.Status.RETURNED)).chain(states -> {
                    List<RoundUnit> late = states.stream()
                            .filter(s -> s.status == RoundUnit.Status.PENDING || s.resubmitBy == null
                                    || s.resubmitBy.isBefore(now))
                            .toList();
                    if (late.isEmpty()) {
                        return Uni.createFrom().item(List.<InboxItem>of());
                    }
                    List<String> codes = late.stream().map(s -> s.unitCode).toList();
                    return UnitEntity.<UnitEntity>list("code in ?1", codes).chain(units -> {
                        Map<String, String> names = units.stream().collect(Collectors.toMap(u -> u.code, u -> u.name));
                        List<NoticeContent.LateUnit> lateUnits = late.stream()
                                .map(s -> new NoticeContent.LateUnit(s.unitCode, names.getOrDefault(s.unitCode, s.unitCode),
                                        s.status.name()))
                                .sorted(Comparator.comparing(NoticeContent.LateUnit::code))
                                .toList();
                        return recorder.record(key, contents.escalation(round, lateUnits));
                    });
                });
    }

    private int[] deliverLocked() {
        int delivered = 0;
        int failed = 0;
        while (true) {
            List<Claim> claims = Db.tx(this::claim);
            if (claims.isEmpty()) {
                return new int[] {delivered, failed};
            }
            for (Claim claim : claims) {
                Outcome outcome = claim.channel() == Delivery.Channel.EMAIL ? email.send(claim) : webhooks.send(claim);
                Db.tx(() -> record(claim, outcome));
                if (outcome.sent()) {
                    delivered++;
                } else {
                    failed++;
                }
            }
        }
    }

    private Uni<List<Claim>> claim() {
        Instant now = clock.instant();
        return Delivery.<Delivery>find("((status in ?1 and nextAttemptAt <= ?2) or (status = ?3 and leaseUntil < ?2))"
                        + " and channel <> ?4 order by nextAttemptAt",
                        List.of(Delivery.Status.PENDING, Delivery.Status.RETRYING), now, Delivery.Status.SENDING,
                        Delivery.Channel.INBOX)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .page(0, BATCH).list()
                .chain(deliveries -> {
                    List<Claim> claims = new ArrayList<>();
                    Uni<Void> chain = Uni.createFrom().voidItem();
                    for (Delivery d : deliveries) {
                        d.status = Delivery.Status.SENDING;
                        d.leaseUntil = now.plus(LEASE);
                        chain = chain.chain(() -> Notification.<Notification>findById(d.notificationId)
                                .chain(n -> d.webhookId == null
                                        ? Uni.createFrom().item(claimOf(d, n, null))
                                        : Webhook.<Webhook>findById(d.webhookId).map(w -> activeClaim(d, n, w)))
                                .invoke(claim -> {
                                    if (claim != null) {
                                        claims.add(claim);
                                    }
                                })
                                .replaceWithVoid());
                    }
                    return chain.replaceWith(claims);
                });
    }

    /** A delivery to a webhook deactivated meanwhile is cancelled, not sent. */
    private static Claim activeClaim(Delivery d, Notification n, Webhook w) {
        if (w == null || !w.active) {
            d.status = Delivery.Status.CANCELLED;
            d.leaseUntil = null;
            d.lastError = "webhook deactivated";
            return null;
        }
        return claimOf(d, n, w);
    }

    private static Claim claimOf(Delivery d, Notification n, Webhook w) {
        return new Claim(d.id, d.channel, d.target, d.attempts, n.kind.name(), n.title, n.textBody, n.htmlBody,
                n.payload, w == null ? null : w.url, w == null ? null : w.secret);
    }

    private Uni<Void> record(Claim claim, Outcome outcome) {
        Instant now = clock.instant();
        return Delivery.<Delivery>findById(claim.deliveryId()).invoke(d -> {
            d.attempts++;
            d.lastStatus = outcome.status();
            d.leaseUntil = null;
            if (outcome.sent()) {
                d.status = Delivery.Status.SENT;
                d.sentAt = now;
                d.lastError = null;
                metrics.counter("nq57_notification_sent_total", "channel", d.channel.name()).increment();
            } else if (d.attempts >= config.delivery().maxAttempts()) {
                d.status = Delivery.Status.DEAD;
                d.lastError = outcome.error();
                metrics.counter("nq57_notification_dead_letter_total", "channel", d.channel.name()).increment();
            } else {
                d.status = Delivery.Status.RETRYING;
                d.lastError = outcome.error();
                d.nextAttemptAt = now.plus(config.delivery().backoff().multipliedBy(1L << (d.attempts - 1)));
                metrics.counter("nq57_notification_retry_total", "channel", d.channel.name()).increment();
            }
        }).replaceWithVoid();
    }
}
