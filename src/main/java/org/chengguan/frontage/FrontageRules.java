package org.chengguan.frontage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.chengguan.party.IdType;
import org.chengguan.party.PartyManagement;
import org.chengguan.grid.Shapes;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Geometry;

/**
 * What a frontage unit must have, for the form and for every row of an imported 台账 alike: each problem is a message
 * key, and a unit with one is not recorded.
 */
final class FrontageRules {

	/** A mobile (1 + 10 digits) or a landline with its area code (0 + 2–3 digits, 7–8 digits, an optional hyphen). */
	private static final Pattern PHONE = Pattern.compile("1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8}");

	/** A 门前 is a shop's front, not a street: longer than this is a typing error. */
	static final double MAX_EXTENT_METRES = 300;

	private FrontageRules() {
	}

	/** The problems of a unit, in form order; none: {@link #check} accepts it. */
	static List<String> problems(NewFrontage incoming, LocalDate today) {
		var problems = new ArrayList<String>();
		if (blank(incoming.name()) || incoming.name().strip().length() > 100) {
			problems.add("frontage.error.name");
		}
		var credit = normalised(incoming.creditCode());
		if (credit == null && blank(incoming.licenceNo())) {
			problems.add("frontage.error.identity");
		}
		if (credit != null) {
			PartyManagement.identityProblem(IdType.CREDIT_CODE, credit).ifPresent(problems::add);
		}
		if (!blank(incoming.licenceNo()) && !incoming.licenceNo().strip().matches("[0-9A-Za-z-]{6,40}")) {
			problems.add("frontage.error.licence");
		}
		if (blank(incoming.contactName()) || incoming.contactName().strip().length() > 50) {
			problems.add("frontage.error.contactName");
		}
		if (blank(incoming.contactPhone()) || !PHONE.matcher(incoming.contactPhone().strip()).matches()) {
			problems.add("frontage.error.contactPhone");
		}
		if (blank(incoming.address()) || incoming.address().strip().length() > 200) {
			problems.add("frontage.error.address");
		}
		if (blank(incoming.frontage())) {
			problems.add("frontage.error.geometry");
		}
		else {
			try {
				Shapes.parse(incoming.frontage(), MAX_EXTENT_METRES);
			}
			catch (Shapes.ShapeException ex) {
				problems.add(ex.getMessage());
			}
		}
		for (var duty : new String[] { incoming.dutyAppearance(), incoming.dutySanitation(), incoming.dutyOrder() }) {
			if (duty != null && duty.strip().length() > 300) {
				problems.add("frontage.error.duty");
				break;
			}
		}
		if (incoming.signedOn() != null && incoming.signedOn().isAfter(today)) {
			problems.add("frontage.error.signedOn");
		}
		return problems;
	}

	/** The unit as it is stored, or {@link FrontageRuleException} with its first problem. */
	static FrontageUnit.Checked check(NewFrontage incoming, FrontageViews.Wording duties, LocalDate today) {
		var problems = problems(incoming, today);
		if (!problems.isEmpty()) {
			throw new FrontageRuleException(problems.get(0));
		}
		Geometry frontage = Shapes.parse(incoming.frontage(), MAX_EXTENT_METRES);
		return new FrontageUnit.Checked(incoming.name().strip(), normalised(incoming.creditCode()),
				stripped(incoming.licenceNo()), incoming.contactName().strip(), incoming.contactPhone().strip(),
				incoming.address().strip(), frontage, or(incoming.dutyAppearance(), duties.appearance()),
				or(incoming.dutySanitation(), duties.sanitation()), or(incoming.dutyOrder(), duties.order()),
				incoming.signedOn());
	}

	private static @Nullable String normalised(@Nullable String creditCode) {
		return blank(creditCode) ? null : creditCode.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
	}

	private static @Nullable String stripped(@Nullable String text) {
		return blank(text) ? null : text.strip();
	}

	private static String or(@Nullable String text, String fallback) {
		return blank(text) ? fallback : text.strip();
	}

	private static boolean blank(@Nullable String text) {
		return text == null || text.isBlank();
	}
}
