package vn.nq57.aggregation.round;

import java.util.List;

/** A page of a list, as every list of the platform answers. */
public record Page<T>(List<T> items, int page, int size, long total) {
}
