package vn.congvu.position;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import vn.congvu.catalog.Catalog;
import vn.congvu.shared.InvalidInputException;
import vn.congvu.shared.Texts;

/**
 * The checks a scheme's content must pass: {@link #clean} when a draft is saved (each field well-formed, codes known to
 * the catalog), {@link #checkComplete} when it is submitted or approved (the law in force on the day it applies from).
 */
final class SchemeRules {

	static final int MAX_POSITIONS = 500;

	static final int MAX_TEXT = 4000;

	private static final Pattern CODE = Pattern.compile("[A-Za-z0-9._-]{1,20}");

	static final List<String> RANK_LEVELS = List.of("SENIOR_EXPERT", "SENIOR", "PRINCIPAL", "SPECIALIST", "OFFICER",
			"STAFF");

	private SchemeRules() {
	}

	/** Checks and tidies what a draft says; the first problem is reported with the field it is in. */
	static SchemeContent clean(@Nullable String title, @Nullable LocalDate appliesFrom,
			@Nullable List<@Nullable JobPosition> positions, @Nullable List<@Nullable RankShare> shares,
			Catalog catalog) {
		var cleanTitle = Texts.clean(title);
		if (cleanTitle == null || cleanTitle.isEmpty()) {
			throw new InvalidInputException("title", "position.scheme.title.required");
		}
		if (cleanTitle.length() > 300) {
			throw new InvalidInputException("title", "validation.tooLong", 300);
		}
		if (appliesFrom == null) {
			throw new InvalidInputException("appliesFrom", "position.scheme.appliesFrom.required");
		}
		if (appliesFrom.getYear() < 1990 || appliesFrom.getYear() > 2200) {
			throw new InvalidInputException("appliesFrom", "position.scheme.appliesFrom.invalid");
		}
		var cleanPositions = new ArrayList<JobPosition>();
		var codes = new HashSet<String>();
		var given = positions == null ? List.<@Nullable JobPosition>of() : positions;
		if (given.size() > MAX_POSITIONS) {
			throw new InvalidInputException("positions", "position.scheme.tooManyPositions", MAX_POSITIONS);
		}
		for (int i = 0; i < given.size(); i++) {
			var p = given.get(i);
			var field = "positions[" + i + "]";
			if (p == null) {
				throw new InvalidInputException(field, "position.position.required");
			}
			var cleaned = cleanPosition(p, field, appliesFrom, catalog);
			if (!codes.add(cleaned.code().toUpperCase(Locale.ROOT))) {
				throw new InvalidInputException(field + ".code", "position.position.code.duplicate", cleaned.code());
			}
			cleanPositions.add(cleaned);
		}
		var cleanShares = new ArrayList<RankShare>();
		var levels = new HashSet<String>();
		var givenShares = shares == null ? List.<@Nullable RankShare>of() : shares;
		var total = BigDecimal.ZERO;
		for (int i = 0; i < givenShares.size(); i++) {
			var s = givenShares.get(i);
			var field = "rankShares[" + i + "]";
			if (s == null || s.rankLevel() == null || !RANK_LEVELS.contains(s.rankLevel())) {
				throw new InvalidInputException(field + ".rankLevel", "position.share.level.invalid");
			}
			if (!levels.add(s.rankLevel())) {
				throw new InvalidInputException(field + ".rankLevel", "position.share.level.duplicate");
			}
			var pct = s.targetPct();
			if (pct == null || pct.signum() < 0 || pct.compareTo(BigDecimal.valueOf(100)) > 0 || pct.scale() > 2) {
				throw new InvalidInputException(field + ".targetPct", "position.share.pct.invalid");
			}
			total = total.add(pct);
			cleanShares.add(new RankShare(s.rankLevel(), pct.setScale(2)));
		}
		if (!cleanShares.isEmpty() && total.compareTo(BigDecimal.valueOf(100)) != 0) {
			throw new InvalidInputException("rankShares", "position.share.total", total.stripTrailingZeros().toPlainString());
		}
		cleanShares.sort(java.util.Comparator.comparingInt(s -> RANK_LEVELS.indexOf(s.rankLevel())));
		return new SchemeContent(cleanTitle, appliesFrom, List.copyOf(cleanPositions), List.copyOf(cleanShares));
	}

	private static JobPosition cleanPosition(JobPosition p, String field, LocalDate date, Catalog catalog) {
		var code = p.code() == null ? "" : p.code().strip();
		if (!CODE.matcher(code).matches()) {
			throw new InvalidInputException(field + ".code", "position.position.code.invalid");
		}
		var name = Texts.clean(p.name());
		if (name == null || name.isEmpty()) {
			throw new InvalidInputException(field + ".name", "position.position.name.required");
		}
		if (name.length() > 300) {
			throw new InvalidInputException(field + ".name", "validation.tooLong", 300);
		}
		if (p.group() == null) {
			throw new InvalidInputException(field + ".group", "position.position.group.required");
		}
		var rank = blankToNull(p.rankCode());
		if (rank == null && p.group() != PositionGroup.SUPPORT) {
			throw new InvalidInputException(field + ".rankCode", "position.position.rank.required");
		}
		if (rank != null && catalog.rank(rank, date).isEmpty()) {
			throw new InvalidInputException(field + ".rankCode", "position.position.rank.unknown", rank);
		}
		var degree = known(p.minDegree(), "PROFESSIONAL_LEVEL", field + ".minDegree", catalog);
		var stateManagement = known(p.stateManagement(), "STATE_MANAGEMENT", field + ".stateManagement", catalog);
		var politicalTheory = known(p.politicalTheory(), "POLITICAL_THEORY", field + ".politicalTheory", catalog);
		var majors = Texts.clean(p.majors());
		if (majors != null && majors.length() > 1000) {
			throw new InvalidInputException(field + ".majors", "validation.tooLong", 1000);
		}
		if (p.headcount() < 1 || p.headcount() > 100_000) {
			throw new InvalidInputException(field + ".headcount", "position.position.headcount.invalid");
		}
		var description = longText(p.jobDescription(), field + ".jobDescription");
		var framework = longText(p.competencyFramework(), field + ".competencyFramework");
		return new JobPosition(code, name, p.group(), rank, degree, majors == null || majors.isEmpty() ? null : majors,
				stateManagement, politicalTheory, p.languageRequired(), p.itRequired(), p.headcount(),
				p.concurrentAllowed(), description, framework);
	}

	/**
	 * What the law in force on the day the scheme applies from asks of a complete scheme ({@link JobPositionLaw}): at
	 * least one position, only the groups of that day, and from 1 July 2025 a job description and a competency
	 * framework for every position.
	 */
	static void checkComplete(SchemeContent content) {
		if (content.positions().isEmpty()) {
			throw new InvalidInputException("positions", "position.scheme.noPositions");
		}
		var date = content.appliesFrom();
		Set<PositionGroup> groups = JobPositionLaw.groupsOn(date);
		for (int i = 0; i < content.positions().size(); i++) {
			var p = content.positions().get(i);
			var field = "positions[" + i + "]";
			if (!groups.contains(p.group())) {
				throw new InvalidInputException(field + ".group", "position.position.group.notInForce", p.code(),
						p.group().name());
			}
			if (JobPositionLaw.describesEachPosition(date)) {
				if (p.jobDescription() == null) {
					throw new InvalidInputException(field + ".jobDescription", "position.position.description.required",
							p.code());
				}
				if (p.competencyFramework() == null) {
					throw new InvalidInputException(field + ".competencyFramework",
							"position.position.framework.required", p.code());
				}
			}
		}
	}

	private static @Nullable String known(@Nullable String code, String list, String field, Catalog catalog) {
		var value = blankToNull(code);
		if (value == null) {
			return null;
		}
		if (catalog.items(list).stream().noneMatch(item -> item.code().equals(value))) {
			throw new InvalidInputException(field, "position.position.code.unknownInList", value);
		}
		return value;
	}

	private static @Nullable String longText(@Nullable String text, String field) {
		var value = text == null ? null : text.strip();
		if (value == null || value.isEmpty()) {
			return null;
		}
		if (value.length() > MAX_TEXT) {
			throw new InvalidInputException(field, "validation.tooLong", MAX_TEXT);
		}
		return value;
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
