package vn.nq57.contracts.events;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every event the platform publishes: its CloudEvents {@code type}, its topic and its payload.
 * Payloads are snapshots of the aggregate after the change (event-carried state transfer), each
 * with a {@code revision} that grows with every change so consumers can ignore stale events.
 */
public enum EventType {
    UNIT_UPSERTED("vn.nq57.unit.upserted", Topics.UNITS, UnitSnapshot.class),
    PLAN_ISSUED("vn.nq57.plan.issued", Topics.PLANS, PlanSnapshot.class),
    PLAN_AMENDED("vn.nq57.plan.amended", Topics.PLANS, PlanSnapshot.class),
    PLAN_SUPERSEDED("vn.nq57.plan.superseded", Topics.PLANS, PlanSnapshot.class),
    PLAN_CLOSED("vn.nq57.plan.closed", Topics.PLANS, PlanSnapshot.class),
    ROUND_OPENED("vn.nq57.round.opened", Topics.ROUNDS, RoundSnapshot.class),
    ROUND_DEADLINE_CHANGED("vn.nq57.round.deadline-changed", Topics.ROUNDS, RoundSnapshot.class),
    ROUND_CLOSED("vn.nq57.round.closed", Topics.ROUNDS, RoundSnapshot.class),
    ROUND_REOPENED("vn.nq57.round.reopened", Topics.ROUNDS, RoundSnapshot.class),
    REPORT_DRAFT_STARTED("vn.nq57.report.draft-started", Topics.REPORTS, ReportSnapshot.class),
    REPORT_SUBMITTED("vn.nq57.report.submitted", Topics.REPORTS, ReportSnapshot.class),
    REPORT_RETURNED("vn.nq57.report.returned", Topics.REPORTS, ReportSnapshot.class),
    REPORT_ACCEPTED("vn.nq57.report.accepted", Topics.REPORTS, ReportSnapshot.class),
    REPORT_WITHDRAWN("vn.nq57.report.withdrawn", Topics.REPORTS, ReportSnapshot.class);

    private final String type;
    private final String topic;
    private final Class<?> payload;

    EventType(String type, String topic, Class<?> payload) {
        this.type = type;
        this.topic = topic;
        this.payload = payload;
    }

    public String type() {
        return type;
    }

    public String topic() {
        return topic;
    }

    public Class<?> payload() {
        return payload;
    }

    /** The {@code dataschema} attribute: the JSON Schema of the payload, in this module's resources. */
    public String dataSchema() {
        return "urn:nq57:schema:" + schemaName();
    }

    /** File name of the payload's JSON Schema under {@code /schemas/}. */
    public String schemaName() {
        String simple = payload.getSimpleName().replace("Snapshot", "").toLowerCase();
        return simple + ".v1.json";
    }

    public static Optional<EventType> fromType(String type) {
        return Arrays.stream(values()).filter(t -> t.type.equals(type)).findFirst();
    }
}
