package org.chengguan.supervision;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import org.chengguan.caseflow.CaseFactManagement.Complaint;

/**
 * Clusters of complaints for the hotspot ledger (domain.md §3.3 [PROPOSAL]): at least {@link #AT_LEAST} complaints
 * within {@link #METRES} m of one of them, away from every point already on the ledger and from each other. The
 * densest first; distances on the local plane (a city is small enough).
 */
final class ComplaintClusters {

	static final int AT_LEAST = 5;

	static final double METRES = 50;

	/** A cluster: its centre complaint, how many lie around it, and their category keys. */
	record Cluster(Complaint centre, int complaints, String categories) {
	}

	private ComplaintClusters() {
	}

	static List<Cluster> of(List<Complaint> complaints, Collection<double[]> listed) {
		var candidates = new ArrayList<Cluster>();
		for (var c : complaints) {
			var near = complaints.stream().filter(o -> metres(c.lon(), c.lat(), o.lon(), o.lat()) <= METRES).toList();
			if (near.size() >= AT_LEAST) {
				candidates.add(new Cluster(c, near.size(), near.stream().map(Complaint::categoryKey)
					.filter(java.util.Objects::nonNull).distinct().sorted().collect(Collectors.joining(","))));
			}
		}
		candidates.sort(Comparator.comparingInt(Cluster::complaints).reversed()
			.thenComparingLong(k -> k.centre().caseId()));
		var taken = new ArrayList<double[]>(listed);
		var clusters = new ArrayList<Cluster>();
		for (var k : candidates) {
			var lon = k.centre().lon();
			var lat = k.centre().lat();
			if (taken.stream().noneMatch(p -> metres(lon, lat, p[0], p[1]) <= METRES)) {
				clusters.add(k);
				taken.add(new double[] { lon, lat });
			}
		}
		return clusters;
	}

	static double metres(double lon1, double lat1, double lon2, double lat2) {
		var x = Math.toRadians(lon2 - lon1) * Math.cos(Math.toRadians((lat1 + lat2) / 2));
		var y = Math.toRadians(lat2 - lat1);
		return Math.sqrt(x * x + y * y) * 6_371_000;
	}
}
