package vn.nq57.aggregation.view;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;
import vn.nq57.aggregation.common.Basis;
import vn.nq57.aggregation.common.ConditionalRead;
import vn.nq57.aggregation.outlier.OutlierService;
import vn.nq57.aggregation.rollup.RollupCache;
import vn.nq57.aggregation.rollup.RollupService;
import vn.nq57.aggregation.rollup.RoundRollup;
import vn.nq57.aggregation.round.ChangeStamps;
import vn.nq57.aggregation.round.ReportRepository;
import vn.nq57.aggregation.round.RoundContext;
import vn.nq57.aggregation.round.RoundRepository;
import vn.nq57.aggregation.round.RoundService;
import vn.nq57.aggregation.round.StatusMatrix;
import vn.nq57.aggregation.unit.UnitRepository;
import vn.nq57.contracts.events.RoundReopening;
import vn.nq57.contracts.events.RoundSnapshot;
import vn.nq57.contracts.problem.ProblemException;
import vn.nq57.support.time.VietnamTime;

/**
 * The rounds city staff poll, kept per replica and checked on every read against the change number
 * of the round's province ({@link ChangeStamps}): one small query per read, and a view is computed
 * again as soon as any event of the province has been applied, by whichever replica. A read never
 * answers from a view older than the read models it found; concurrent reads of a changed round wait
 * for one computation instead of each making its own.
 */
@ApplicationScoped
public class RoundViews {

    /** Unit values the views hold at most (about 3 rounds of 3,321 units × 60 indicators). */
    static final int MAX_WEIGHT = 600_000;

    @Inject
    ChangeStamps stamps;
    @Inject
    RoundRepository rounds;
    @Inject
    ReportRepository reports;
    @Inject
    UnitRepository units;
    @Inject
    RollupCache rollupCache;
    @Inject
    OutlierService outliers;
    @Inject
    RoundService roundService;
    @Inject
    ObjectMapper mapper;
    @Inject
    Clock clock;

    /** Where {@code asOf} goes in a serialized matrix: a time no answer carries. */
    private static final OffsetDateTime PLACEHOLDER = OffsetDateTime.of(1970, 1, 1, 0, 0, 0, 123_456_789, ZoneOffset.UTC);

    private final Map<UUID, CachedRound> entries = new LinkedHashMap<>(16, 0.75f, true);
    private final Object[] locks = new Object[64];

    public RoundViews() {
        for (int i = 0; i < locks.length; i++) {
            locks[i] = new Object();
        }
    }

    /**
     * The round's view as the read models hold it now.
     *
     * @throws ProblemException 404 for an unknown round
     */
    public CachedRound view(UUID roundId) {
        long stamp = stamps.ofRound(roundId).orElseThrow(() -> ProblemException.notFound("Round " + roundId)).stamp();
        CachedRound cached = cached(roundId, stamp);
        if (cached != null) {
            return cached;
        }
        synchronized (locks[Math.floorMod(roundId.hashCode(), locks.length)]) {
            cached = cached(roundId, stamp);
            if (cached != null) {
                return cached;
            }
            RoundSnapshot round = rounds.find(roundId).orElseThrow(() -> ProblemException.notFound("Round " + roundId));
            List<String> required = round.requiredUnitCodes() == null ? List.of() : round.requiredUnitCodes();
            CachedRound fresh = new CachedRound(stamp, round, units.byCodes(required), reports.states(roundId));
            keep(roundId, fresh);
            return fresh;
        }
    }

    /**
     * The status matrix a city caller reads now, serialized (gzip-compressed when {@code gzip}): rows
     * and rates as computed for the view, {@code asOf} the time of this read.
     */
    public byte[] cityMatrix(CachedRound view, boolean gzip) {
        Instant now = clock.instant();
        SplicedJson json = view.cityMatrix(deadlinesPassed(view.round(), now), passed -> {
            StatusMatrix matrix = roundService.matrix(new RoundContext(view.round(), view.units(), view.states(), Map.of(),
                    now), null);
            StatusMatrix counted = OutlierService.counted(matrix, flagCounts(view, Basis.LATEST_SUBMITTED));
            return SplicedJson.around(write(counted.withAsOf(PLACEHOLDER)), write(PLACEHOLDER));
        });
        byte[] asOf = write(now.atZone(VietnamTime.ZONE).toOffsetDateTime());
        return gzip ? json.gzip(asOf) : json.json(asOf);
    }

    /** The flagged roll-up's city figures without unit values, serialized (gzip-compressed when {@code gzip}). */
    public byte[] totalsJson(CachedRound view, Basis basis, boolean gzip) {
        SplicedJson json = rollups(view, basis).totalsJson();
        return gzip ? json.gzip(new byte[0]) : json.json(new byte[0]);
    }

    /**
     * The validator of the matrix a caller reads now: the view's change number, the deadlines passed
     * (statuses turn OVERDUE without any event) and whose matrix it is ({@code asOf} is left out: a
     * 304 says the statuses are still those of the caller's copy).
     */
    public String matrixTag(CachedRound view, String scope) {
        return ConditionalRead.weakTag(view.stamp() + "." + deadlinesPassed(view.round(), clock.instant()) + "."
                + whose(scope));
    }

    /** The validator of the roll-up a caller reads now: the view's change number and whose roll-up it is. */
    public String rollupTag(CachedRound view, String scope) {
        return ConditionalRead.weakTag(view.stamp() + "." + whose(scope));
    }

    /** The city, or the unit a caller is limited to, as entity-tag characters. */
    private static String whose(String scope) {
        return scope == null ? "city" : "unit-" + scope.replaceAll("[^0-9A-Za-z]", "_");
    }

    /** How many of the deadlines a status can turn on (the round's, each reopening's) lie before {@code now}. */
    static int deadlinesPassed(RoundSnapshot round, Instant now) {
        int passed = now.isAfter(round.dueAt().toInstant()) ? 1 : 0;
        for (RoundReopening r : round.reopenings() == null ? List.<RoundReopening>of() : round.reopenings()) {
            passed += now.isAfter(r.dueAt().toInstant()) ? 1 : 0;
        }
        return passed;
    }

    private byte[] write(Object value) {
        try {
            return mapper.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialize " + value.getClass().getSimpleName(), e);
        }
    }

    /** The city roll-up of the view's round on a basis (no flags). */
    public RoundRollup city(CachedRound view, Basis basis) {
        return view.city(basis, b -> rollupCache.cityRollup(view.round(), b));
    }

    /** The city roll-up with its outlier flags. */
    public RoundRollup flagged(CachedRound view, Basis basis) {
        return rollups(view, basis).flagged();
    }

    /**
     * The flagged roll-up with each unit's values as a gzip member, serialized and compressed once per
     * view and basis: a 3,321-unit round's is 44 MB of JSON, which took a second to write per read.
     * Unlike the totals' {@link SplicedJson}, which keeps the JSON too, only the compressed bytes are
     * kept (2.9 MB for that round); plain callers are served as before.
     */
    public byte[] flaggedGzip(CachedRound view, Basis basis) {
        return view.flaggedGzip(basis, b -> gzip(flagged(view, b)));
    }

    private byte[] gzip(Object value) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
        try (GZIPOutputStream out = new LeveledGzip(bytes)) {
            mapper.writeValue(out, value);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot serialize " + value.getClass().getSimpleName(), e);
        }
        return bytes.toByteArray();
    }

    /** A gzip stream at the views' compression level. */
    private static final class LeveledGzip extends GZIPOutputStream {
        LeveledGzip(ByteArrayOutputStream out) throws IOException {
            super(out, 64 * 1024);
            def.setLevel(SplicedJson.LEVEL);
        }
    }

    /** The flagged roll-up's city figures without each unit's values. */
    public RoundRollup totals(CachedRound view, Basis basis) {
        return rollups(view, basis).totals();
    }

    /** How many of each unit's values carry a flag, by unit code. */
    public Map<String, Integer> flagCounts(CachedRound view, Basis basis) {
        return rollups(view, basis).flagCounts();
    }

    private CachedRound.Rollups rollups(CachedRound view, Basis basis) {
        RoundRollup city = city(view, basis);
        return view.rollups(basis, b -> {
            RoundRollup flagged = outliers.flagged(view.round(), b, city);
            RoundRollup totals = RollupService.totalsOnly(flagged);
            return new CachedRound.Rollups(city, flagged, totals, OutlierService.counts(flagged),
                    SplicedJson.whole(write(totals)));
        });
    }

    /** The entry when it is at least as new as {@code stamp} (the numbers only grow). */
    private synchronized CachedRound cached(UUID roundId, long stamp) {
        CachedRound entry = entries.get(roundId);
        return entry != null && entry.stamp() >= stamp ? entry : null;
    }

    private synchronized void keep(UUID roundId, CachedRound entry) {
        entries.put(roundId, entry);
        int total = entries.values().stream().mapToInt(CachedRound::weight).sum();
        var eldest = entries.entrySet().iterator();
        while (total > MAX_WEIGHT && eldest.hasNext()) {
            var e = eldest.next();
            if (!e.getKey().equals(roundId)) {
                total -= e.getValue().weight();
                eldest.remove();
            }
        }
    }
}
