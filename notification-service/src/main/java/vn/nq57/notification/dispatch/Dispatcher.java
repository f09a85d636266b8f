package vn.nq57.notification.dispatch;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.FlushMode;
import org.hibernate.reactive.mutiny.Mutiny;
import org.jboss.logging.Logger;
import vn.nq57.notification.catalog.RoundEntity;
import vn.nq57.notification.catalog.RoundUnit;
import vn.nq57.notification.catalog.RoundRepository;
import vn.nq57.notification.catalog.RoundUnitRepository;
import vn.nq57.notification.catalog.UnitRepository;
import vn.nq57.notification.endpoint.Webhook;
import vn.nq57.notification.endpoint.WebhookRepository;
import vn.nq57.notification.notice.Delivery;
import vn.nq57.notification.notice.DeliveryRepository;
import vn.nq57.notification.notice.NoticeContent;
import vn.nq57.notification.notice.NoticeContents;
import vn.nq57.notification.notice.NoticeRecorder;
import vn.nq57.notification.notice.Notification;
import vn.nq57.notification.notice.NotificationRepository;
import vn.nq57.notification.schedule.ScheduledNotice;
import vn.nq57.notification.shared.NoticeKind;
import vn.nq57.notification.support.FreshContext;
import vn.nq57.notification.support.NotificationConfig;

/**
 * Turns what is due into notifications and delivers them, without blocking and without JVM locks:
 * replicas share the work through PostgreSQL. Due schedule entries and rounds to escalate are read
 * {@code FOR UPDATE SKIP LOCKED} inside the transaction that records their notices, so each is
 * taken by one replica; a delivery is leased by one atomic {@code UPDATE … SKIP LOCKED}, sent outside
 * any transaction, and its outcome recorded in a short one. Everything it works from is in
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

    /** Leases a batch of due deliveries (or ones whose lease ran out) for this replica. */
    private static final String CLAIM = """
            update delivery set status = 'SENDING', lease_until = $1
             where id in (select id from delivery
                           where ((status in ('PENDING', 'RETRYING') and next_attempt_at <= $2)
                                  or (status = 'SENDING' and lease_until < $2))
                             and channel <> 'INBOX'
                           order by next_attempt_at limit $3 for update skip locked)
            returning id""";

    private final Pool pool;
    private final Vertx vertx;
    private final NoticeRecorder recorder;
    private final NoticeContents contents;
    private final RoundUnitRepository roundUnits;
    private final RoundRepository rounds;
    private final UnitRepository units;
    private final NotificationRepository notifications;
    private final DeliveryRepository deliveries;
    private final WebhookRepository webhooks;
    private final EmailSender email;
    private final WebhookSender webhookSender;
    private final NotificationConfig config;
    private final Clock clock;
    private final MeterRegistry metrics;

    Dispatcher(Pool pool, Vertx vertx, NoticeRecorder recorder, NoticeContents contents, RoundUnitRepository roundUnits,
            RoundRepository rounds, UnitRepository units, NotificationRepository notifications, DeliveryRepository deliveries,
            WebhookRepository webhooks, EmailSender email, WebhookSender webhookSender, NotificationConfig config,
            Clock clock, MeterRegistry metrics) {
        this.pool = pool;
        this.vertx = vertx;
        this.recorder = recorder;
        this.contents = contents;
        this.roundUnits = roundUnits;
        this.rounds = rounds;
        this.units = units;
        this.notifications = notifications;
        this.deliveries = deliveries;
        this.webhooks = webhooks;
        this.email = email;
        this.webhookSender = webhookSender;
        this.config = config;
        this.clock = clock;
        this.metrics = metrics;
    }

    /** Sends every scheduled notice and digest that is due, then every pending delivery. */
    public Uni<Result> dispatchDue() {
        return Uni.createFrom().deferred(() -> Panache.withTransaction(this::materializeDueNotices))
                .chain(notices -> Panache.withTransaction(this::escalate)
                        .chain(digests -> deliver().map(sent -> new Result(notices, digests, sent[0], sent[1]))));
    }

    /** Delivers what is pending (emails, webhooks), including retries that are due. */
    public Uni<Result> deliverPending() {
        return deliver().map(sent -> new Result(0, 0, sent[0], sent[1]));
    }

    /**
     * Starts a delivery run on a context of its own and returns at once, so that a slow SMTP server
     * or webhook never holds up the caller (a Kafka consumer that has just recorded a notice).
     */
    public void requestDelivery() {
        FreshContext.run(vertx, this::deliverPending,
                error -> LOG.errorf("Delivery run failed; the next run retries: %s", error.getMessage()));
    }

    /**
     * Records every due notice in one transaction. The session flushes only at commit: by default
     * each query of the loop (a notice's unit, round, contacts, dedup count) first flushed and
     * dirty-checked everything recorded so far, quadratic in the notices due at once (3,321 units'
     * 08:00 reminders on a national deadline day). No query here needs to see this run's own
     * writes: every notice has its own dedup key.
     */
    private Uni<Integer> materializeDueNotices() {
        return Panache.getSession().chain(session -> {
            session.setFlushMode(FlushMode.COMMIT);
            return recordDueNotices(session).eventually(() -> session.setFlushMode(FlushMode.AUTO));
        });
    }

    private Uni<Integer> recordDueNotices(Mutiny.Session session) {
        Instant now = clock.instant();
        return session.createNativeQuery("""
                        select * from scheduled_notice where status = 'PENDING' and fire_at <= ?1
                         order by fire_at for update skip locked""", ScheduledNotice.class)
                .setParameter(1, now)
                .getResultList()
                .chain(due -> {
                    Map<String, ScheduledNotice> latestReminder = new HashMap<>();
                    for (ScheduledNotice n : due) {
                        if (n.kind == NoticeKind.REMINDER && now.isBefore(n.deadline)) {
                            latestReminder.merge(n.roundId + ":" + n.unitCode, n,
                                    (a, b) -> a.fireAt.isAfter(b.fireAt) ? a : b);
                        }
                    }
                    return Multi.createFrom().iterable(due)
                            .onItem().transformToUniAndConcatenate(n -> process(n, n.kind != NoticeKind.REMINDER
                                    || latestReminder.get(n.roundId + ":" + n.unitCode) == n, now))
                            .collect().asList()
                            .map(recorded -> (int) recorded.stream().filter(Boolean::booleanValue).count());
                });
    }

    private Uni<Boolean> process(ScheduledNotice notice, boolean send, Instant now) {
        notice.doneAt = now;
        if (!send) {
            notice.status = ScheduledNotice.Status.SKIPPED;
            return Uni.createFrom().item(false);
        }
        return roundUnits.findById(new RoundUnit.Key(notice.roundId, notice.unitCode)).chain(state -> {
            if (state == null || !state.chased()) {
                notice.status = ScheduledNotice.Status.CANCELLED;
                return Uni.createFrom().item(false);
            }
            return rounds.findById(notice.roundId).chain(round -> {
                // a closed round chases only the units it was reopened for (a late report event may have planned more)
                if (round != null && round.closedAt != null && state.reopenedDueAt == null) {
                    notice.status = ScheduledNotice.Status.CANCELLED;
                    return Uni.createFrom().item(false);
                }
                notice.status = ScheduledNotice.Status.SENT;
                return contents.forUnit(notice.kind, notice.label, notice.roundId, notice.unitCode, notice.deadline,
                        null, null).chain(content -> recorder.record(notice.dedupKey, content));
            });
        });
    }

    private Uni<Integer> escalate() {
        Instant now = clock.instant();
        LocalDate today = now.atZone(config.zone()).toLocalDate();
        boolean todaysDue = !now.isBefore(today.atTime(config.escalation().timeOfDay()).atZone(config.zone()).toInstant());
        LocalDate digestDay = todaysDue ? today : today.minusDays(1);
        Instant oldest = now.minus(Duration.ofDays(config.escalation().maxDays() + 2L));
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                        select * from round where due_at < ?1 and due_at > ?2 and closed_at is null order by round_id
                         for update skip locked""", RoundEntity.class)
                .setParameter(1, now)
                .setParameter(2, oldest)
                .getResultList())
                .chain(found -> Multi.createFrom().iterable(found)
                        .select().where(round -> {
                            LocalDate dueDay = round.dueAt.atZone(config.zone()).toLocalDate();
                            return digestDay.isAfter(dueDay)
                                    && !digestDay.isAfter(dueDay.plusDays(config.escalation().maxDays()));
                        })
                        .onItem().transformToUniAndConcatenate(round -> digest(round, digestDay, now))
                        .collect().asList()
                        .map(recorded -> (int) recorded.stream().filter(Boolean::booleanValue).count()));
    }

    private Uni<Boolean> digest(RoundEntity round, LocalDate day, Instant now) {
        String key = "ESCALATION:%s:%s".formatted(round.roundId, day);
        return roundUnits.list("roundId = ?1 and status in ?2 order by unitCode", round.roundId,
                List.of(RoundUnit.Status.PENDING, RoundUnit.Status.RETURNED)).chain(states -> {
                    List<RoundUnit> late = states.stream()
                            .filter(s -> s.status == RoundUnit.Status.PENDING || s.resubmitBy == null
                                    || s.resubmitBy.isBefore(now))
                            .toList();
                    if (late.isEmpty()) {
                        return Uni.createFrom().item(false);
                    }
                    List<String> codes = late.stream().map(s -> s.unitCode).toList();
                    return units.list("code in ?1", codes).chain(found -> {
                        Map<String, String> names = found.stream().collect(Collectors.toMap(u -> u.code, u -> u.name));
                        List<NoticeContent.LateUnit> lateUnits = late.stream()
                                .map(s -> new NoticeContent.LateUnit(s.unitCode, names.getOrDefault(s.unitCode, s.unitCode),
                                        s.status.name()))
                                .sorted(Comparator.comparing(NoticeContent.LateUnit::code))
                                .toList();
                        return recorder.record(key, contents.escalation(round, lateUnits));
                    });
                });
    }

    /** Leases and sends batches until nothing is due; answers {delivered, failed}. */
    private Uni<int[]> deliver() {
        return Uni.createFrom().deferred(this::claim).chain(claims -> claims.isEmpty()
                ? Uni.createFrom().item(new int[] {0, 0})
                : Multi.createFrom().iterable(claims)
                        .onItem().transformToUniAndConcatenate(this::sendAndRecord)
                        .collect().asList()
                        .chain(outcomes -> deliver().map(rest -> {
                            int sent = (int) outcomes.stream().filter(Outcome::sent).count();
                            return new int[] {rest[0] + sent, rest[1] + outcomes.size() - sent};
                        })));
    }

    private Uni<Outcome> sendAndRecord(Claim claim) {
        Uni<Outcome> sent = claim.channel() == Delivery.Channel.EMAIL ? email.send(claim) : webhookSender.send(claim);
        return sent.call(outcome -> Panache.withTransaction(() -> record(claim, outcome)));
    }

    private Uni<List<Claim>> claim() {
        Instant now = clock.instant();
        return pool.preparedQuery(CLAIM)
                .execute(Tuple.of(now.plus(LEASE).atOffset(ZoneOffset.UTC), now.atOffset(ZoneOffset.UTC), BATCH))
                .map(rows -> {
                    List<UUID> ids = new ArrayList<>();
                    for (Row row : rows) {
                        ids.add(row.getUUID("id"));
                    }
                    return ids;
                })
                .chain(ids -> ids.isEmpty() ? Uni.createFrom().item(List.<Claim>of())
                        : Panache.withTransaction(() -> load(ids)));
    }

    private Uni<List<Claim>> load(List<UUID> ids) {
        return deliveries.list("id in ?1 order by nextAttemptAt", ids).chain(leased -> Multi.createFrom().iterable(leased)
                .onItem().transformToUniAndConcatenate(d -> notifications.findById(d.notificationId)
                        .chain(n -> d.webhookId == null
                                ? Uni.createFrom().item(claimOf(d, n, null))
                                : webhooks.findById(d.webhookId).map(w -> activeClaim(d, n, w))))
                .select().where(claim -> claim != null)
                .collect().asList());
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
        return deliveries.findById(claim.deliveryId()).invoke(d -> {
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
                LOG.errorf("Delivery %s (%s, %s) failed on attempt %d, giving up: %s", d.id, d.channel, claim.kind(),
                        d.attempts, outcome.error());
                metrics.counter("nq57_notification_dead_letter_total", "channel", d.channel.name()).increment();
            } else {
                d.status = Delivery.Status.RETRYING;
                d.lastError = outcome.error();
                d.nextAttemptAt = now.plus(config.delivery().backoff().multipliedBy(1L << (d.attempts - 1)));
                // the reason is overwritten by a later success: the log keeps it (the target stays out of it)
                LOG.warnf("Delivery %s (%s, %s) failed on attempt %d, next at %s: %s", d.id, d.channel, claim.kind(),
                        d.attempts, d.nextAttemptAt, outcome.error());
                metrics.counter("nq57_notification_retry_total", "channel", d.channel.name()).increment();
            }
        }).replaceWithVoid();
    }
}
