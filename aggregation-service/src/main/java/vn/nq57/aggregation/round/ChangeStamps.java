package vn.nq57.aggregation.round;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import vn.nq57.aggregation.common.Json;

/**
 * The change number of each province's read models ({@code province_stamp}). Writers increment it in
 * the transaction of their change, as its last statement (so the row lock is held only until the
 * commit); a reader that finds the number it computed a view with knows the view is still current.
 */
@ApplicationScoped
public class ChangeStamps {

    /** A round's province and that province's change number now. */
    public record RoundStamp(String provinceCode, long stamp) {
    }

    @Inject
    AgroalDataSource dataSource;

    /** Increments a province's number inside the caller's transaction. */
    public void bump(Connection c, String provinceCode) throws SQLException {
        if (provinceCode == null) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement("""
                INSERT INTO province_stamp (province_code, stamp) VALUES (?, 1)
                ON CONFLICT (province_code) DO UPDATE SET stamp = province_stamp.stamp + 1""")) {
            s.setString(1, provinceCode);
            s.executeUpdate();
        }
    }

    /** The province of a round, if the round is known (a report before its round changes no view). */
    public Optional<String> roundProvince(Connection c, UUID roundId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT issuer_unit_code FROM round_view WHERE round_id = ?")) {
            s.setObject(1, roundId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
            }
        }
    }

    /**
     * Increments, in code order (so that two such transactions never wait on each other in a
     * cycle), the unit's own province and that of every round requiring the unit: a view shows a
     * unit through the rounds that require it, whichever province the unit is filed under now.
     */
    public void bumpUnit(Connection c, String unitCode, String provinceCode) throws SQLException {
        Set<String> provinces = new TreeSet<>();
        if (provinceCode != null) {
            provinces.add(provinceCode);
        }
        try (PreparedStatement s = c.prepareStatement("SELECT DISTINCT issuer_unit_code FROM round_view "
                + "WHERE snapshot -> 'requiredUnitCodes' @> ?::jsonb")) {
            s.setString(1, Json.write(List.of(unitCode)));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    provinces.add(rs.getString(1));
                }
            }
        }
        for (String province : provinces) {
            bump(c, province);
        }
    }

    /** Increments every province's number (the read models were cleared). */
    public void bumpAll(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE province_stamp SET stamp = stamp + 1")) {
            s.executeUpdate();
        }
    }

    /** The round's province and its change number, in one read; empty for an unknown round. */
    public Optional<RoundStamp> ofRound(UUID roundId) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("""
                SELECT r.issuer_unit_code, coalesce(p.stamp, 0) FROM round_view r
                LEFT JOIN province_stamp p ON p.province_code = r.issuer_unit_code WHERE r.round_id = ?""")) {
            s.setObject(1, roundId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(new RoundStamp(rs.getString(1), rs.getLong(2))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read round " + roundId, e);
        }
    }
}
