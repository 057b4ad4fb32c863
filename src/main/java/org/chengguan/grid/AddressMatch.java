package org.chengguan.grid;

/**
 * An address located to a community: the community's representative point and the unit grid there. Approximate by
 * nature: pages say so, and a person may pin the exact spot.
 */
public record AddressMatch(GridLocation location, double lon, double lat) {
}
