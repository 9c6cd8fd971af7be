package vn.congvu.personnel;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.congvu.catalog.Catalog;
import vn.congvu.organization.UnitDirectory;
import vn.congvu.organization.UnitVersionView;
import vn.congvu.shared.CitizenId;
import vn.congvu.shared.DomainException;
import vn.congvu.shared.InvalidInputException;
import vn.congvu.shared.web.Formats;

/**
 * The rows of an import file checked against the same rules as a single enrolment, a chunk at a time: each cell on
 * its own, then the row as a whole: a citizen id seen once in the file, a record of it that the caller reaches, the
 * new official and their first actions that the row makes, or the personal details it changes of an existing record.
 */
@Component
class ImportChecks {

	/** A data row as read: its number in the file and its cells by column (absent columns are not in the map). */
	record Row(int number, Map<ImportColumn, String> cells) {

		String get(ImportColumn column) {
			return cells.getOrDefault(column, "");
		}

		boolean has(ImportColumn column) {
			return cells.containsKey(column);
		}

	}

	/** What a checked row will do. */
	record Checked(Row row, BulkWriter.@Nullable Person person, @Nullable Long updateId) {
	}

	/** The checked rows of a chunk and how many problems its wrong rows had (those stored being in the list). */
	record CheckedChunk(List<Checked> rows, int errorCount) {
	}

	/** An existing record with the same citizen id, and whether the caller may change it. */
	private record Existing(long id, boolean reachable, Map<ImportColumn, @Nullable String> values) {
	}

	private static final int MAX_STORED_ERRORS = 1000;

	private final ImportCells cells;

	private final Catalog catalog;

	private final UnitDirectory units;

	private final OfficialReach reach;

	private final JdbcClient jdbc;

	ImportChecks(ImportCells cells, Catalog catalog, UnitDirectory units, OfficialReach reach, JdbcClient jdbc) {
		this.cells = cells;
		this.catalog = catalog;
		this.units = units;
		this.reach = reach;
		this.jdbc = jdbc;
	}

	/** The units of one import, read as its rows need them. */
	UnitCheck unitCheck(PersonnelScope.Access access) {
		return new UnitCheck(access);
	}

	/** Checks a chunk of rows; wrong rows go to {@code errors} (the first {@value #MAX_STORED_ERRORS}), counted all. */
	CheckedChunk check(List<Row> rows, OfficialImport.Mode mode, PersonnelScope.Access access, @Nullable Long own,
			UnitCheck units,
			Map<String, Integer> seen, List<ImportJobs.StoredError> errors, Instant now, LocalDate today) {
		var existing = existing(rows, access);
		var result = new ArrayList<Checked>(rows.size());
		int errorCount = 0;
		for (var row : rows) {
			var problems = cellProblems(row);
			if (!problems.isEmpty()) {
				for (var ex : problems) {
					errorCount++;
					if (errors.size() < MAX_STORED_ERRORS) {
						errors.add(new ImportJobs.StoredError(row.number(), column(ex.field()).name(), ex.messageCode(),
								ImportJobs.strings(ex.arguments())));
					}
				}
				continue;
			}
			try {
				var citizenId = new CitizenId(ImportCells.citizenIdOf(row.get(ImportColumn.CITIZEN_ID)));
				var earlier = seen.putIfAbsent(citizenId.value(), row.number());
				if (earlier != null) {
					throw new InvalidInputException("citizenId", "import.row.duplicate", earlier);
				}
				var found = existing.get(citizenId.value());
				var person = person(row, citizenId, units, now, today);
				if (found == null) {
					result.add(new Checked(row, person, null));
					continue;
				}
				if (!found.reachable()) {
					throw new InvalidInputException("citizenId", "import.row.citizenIdElsewhere");
				}
				var differences = differences(row, found);
				if (differences.isEmpty()) {
					result.add(new Checked(row, null, null));
				}
				else if (own != null && own == found.id()) {
					throw new InvalidInputException("citizenId", "personnel.import.ownRecord");
				}
				else if (mode == OfficialImport.Mode.UPDATE) {
					result.add(new Checked(row, null, found.id()));
				}
				else {
					throw new InvalidInputException(differences.get(0).name(), "import.row.exists");
				}
			}
			catch (InvalidInputException ex) {
				errorCount++;
				if (errors.size() < MAX_STORED_ERRORS) {
					errors.add(new ImportJobs.StoredError(row.number(), column(ex.field()).name(), ex.messageCode(),
							ImportJobs.strings(ex.arguments())));
				}
			}
		}
		return new CheckedChunk(result, errorCount);
	}

	/** What is wrong with the row's cells each on its own: every such problem of the row, not just the first. */
	private List<InvalidInputException> cellProblems(Row row) {
		var problems = new ArrayList<InvalidInputException>();
		List<Runnable> checks = List.of(() -> new CitizenId(ImportCells.citizenIdOf(row.get(ImportColumn.CITIZEN_ID))),
				() -> Official.checkName(row.get(ImportColumn.FULL_NAME)), () -> {
					var birth = row.get(ImportColumn.DATE_OF_BIRTH);
					if (!ImportCells.YEAR.matcher(birth).matches()) {
						ImportCells.date(birth, ImportColumn.DATE_OF_BIRTH, true);
					}
				}, () -> ImportCells.sex(row.get(ImportColumn.SEX)),
				() -> cells.item("ETHNIC_GROUP", row.get(ImportColumn.ETHNIC_GROUP), ImportColumn.ETHNIC_GROUP, true),
				() -> cells.item("RELIGION", row.get(ImportColumn.RELIGION), ImportColumn.RELIGION, false),
				() -> cells.item("PROFESSIONAL_LEVEL", row.get(ImportColumn.PROFESSIONAL_LEVEL),
						ImportColumn.PROFESSIONAL_LEVEL, false),
				() -> ImportCells.date(row.get(ImportColumn.PARTY_JOINED_ON), ImportColumn.PARTY_JOINED_ON, false),
				() -> ImportCells.number(row.get(ImportColumn.UNIT_ID), ImportColumn.UNIT_ID),
				() -> ImportCells.category(row.get(ImportColumn.CATEGORY)),
				() -> ImportCells.entry(row.get(ImportColumn.ENTRY)), () -> {
					if (row.get(ImportColumn.RANK_CODE).isEmpty()) {
						throw new InvalidInputException(ImportColumn.RANK_CODE.name(), "import.cell.required");
					}
				}, () -> {
					if (!row.get(ImportColumn.SALARY_STEP).isEmpty()) {
						ImportCells.number(row.get(ImportColumn.SALARY_STEP), ImportColumn.SALARY_STEP);
					}
				}, () -> ImportCells.date(row.get(ImportColumn.START_DATE), ImportColumn.START_DATE, true),
				() -> required(row, ImportColumn.DECISION_NUMBER),
				() -> ImportCells.date(row.get(ImportColumn.DECISION_DATE), ImportColumn.DECISION_DATE, true),
				() -> required(row, ImportColumn.DECISION_ISSUER),
				() -> ImportCells.date(row.get(ImportColumn.PROBATION_END), ImportColumn.PROBATION_END, false));
		for (var check : checks) {
			try {
				check.run();
			}
			catch (InvalidInputException ex) {
				problems.add(ex);
			}
		}
		return problems;
	}

	private static void required(Row row, ImportColumn column) {
		if (row.get(column).isEmpty()) {
			throw new InvalidInputException(column.name(), "import.cell.required");
		}
	}

	private static ImportColumn column(String field) {
		try {
			return ImportColumn.valueOf(field);
		}
		catch (IllegalArgumentException ex) {
			if (field.startsWith("qualifications.")) {
				return ImportColumn.PROFESSIONAL_LEVEL;
			}
			if (field.startsWith("memberships.")) {
				return ImportColumn.PARTY_JOINED_ON;
			}
			return ImportColumn.OF_FIELD.apply(field);
		}
	}

	private BulkWriter.Person person(Row row, CitizenId citizenId, UnitCheck units, Instant now, LocalDate today) {
		var birthText = row.get(ImportColumn.DATE_OF_BIRTH);
		boolean yearOnly = ImportCells.YEAR.matcher(birthText).matches();
		var birth = yearOnly ? LocalDate.of(Integer.parseInt(birthText), 1, 1)
				: ImportCells.date(birthText, ImportColumn.DATE_OF_BIRTH, true);
		try {
			ServiceAgeRule.checkBirth(birth, today);
		}
		catch (InvalidInputException ex) {
			throw new InvalidInputException(ImportColumn.DATE_OF_BIRTH.name(), ex.messageCode(), ex.arguments());
		}
		var sex = ImportCells.sex(row.get(ImportColumn.SEX));
		var ethnic = cells.item("ETHNIC_GROUP", row.get(ImportColumn.ETHNIC_GROUP), ImportColumn.ETHNIC_GROUP, true);
		var startDate = ImportCells.date(row.get(ImportColumn.START_DATE), ImportColumn.START_DATE, true);
		var unitId = ImportCells.number(row.get(ImportColumn.UNIT_ID), ImportColumn.UNIT_ID);
		if (!units.writableOn(unitId, startDate)) {
			throw new InvalidInputException(ImportColumn.UNIT_ID.name(), "personnel.unit.notExistingOn", unitId,
					Formats.DATE.format(startDate));
		}
		var official = new Official(units.provinceOf(unitId, startDate), citizenId, row.get(ImportColumn.FULL_NAME),
				birth, yearOnly, sex, Objects.requireNonNull(ethnic), now);
		official.religion(cells.item("RELIGION", row.get(ImportColumn.RELIGION), ImportColumn.RELIGION, false));
		official.contacts(row.get(ImportColumn.BIRTHPLACE), row.get(ImportColumn.HOME_TOWN),
				row.get(ImportColumn.RESIDENCE), row.get(ImportColumn.PHONE), row.get(ImportColumn.EMAIL));
		var level = cells.item("PROFESSIONAL_LEVEL", row.get(ImportColumn.PROFESSIONAL_LEVEL),
				ImportColumn.PROFESSIONAL_LEVEL, false);
		if (level != null) {
			official.qualify(new Qualifications(null, level, null, null, null, null));
		}
		var party = ImportCells.date(row.get(ImportColumn.PARTY_JOINED_ON), ImportColumn.PARTY_JOINED_ON, false);
		if (party != null) {
			official.memberships(new Memberships(party, null, null, null), today);
		}
		var category = ImportCells.category(row.get(ImportColumn.CATEGORY));
		var rankCode = row.get(ImportColumn.RANK_CODE);
		if (rankCode.isEmpty()) {
			throw new InvalidInputException(ImportColumn.RANK_CODE.name(), "import.cell.required");
		}
		var rank = catalog.rank(rankCode, startDate)
			.orElseThrow(() -> new InvalidInputException(ImportColumn.RANK_CODE.name(), "personnel.rank.unknown",
					rankCode, Formats.DATE.format(startDate)));
		var stepText = row.get(ImportColumn.SALARY_STEP);
		int step = stepText.isEmpty() ? 1 : (int) ImportCells.number(stepText, ImportColumn.SALARY_STEP);
		var decision = ImportCells.decision(row.get(ImportColumn.DECISION_NUMBER), row.get(ImportColumn.DECISION_DATE),
				row.get(ImportColumn.DECISION_ISSUER), ImportColumn.DECISION_NUMBER, ImportColumn.DECISION_DATE);
		var entry = ImportCells.entry(row.get(ImportColumn.ENTRY));
		var actions = new ArrayList<BulkWriter.Planned>();
		actions.add(new BulkWriter.Planned(new ActionRecord(1, entry, startDate, null, decision, unitId, category,
				rank.code(), rank.salaryScaleCode(), step, startDate, null, null, null, false), null, null, null));
		var probationEnd = ImportCells.date(row.get(ImportColumn.PROBATION_END), ImportColumn.PROBATION_END, false);
		if (probationEnd != null) {
			var probationDecision = ImportCells.decision(row.get(ImportColumn.PROBATION_DECISION),
					row.get(ImportColumn.PROBATION_END), row.get(ImportColumn.DECISION_ISSUER),
					ImportColumn.PROBATION_DECISION, ImportColumn.PROBATION_END);
			actions.add(new BulkWriter.Planned(new ActionRecord(2, ActionKind.END_OF_PROBATION, probationEnd, null,
					probationDecision, null, null, null, null, null, null, null, null, null, false), null, null, null));
		}
		try {
			var ages = ServiceAgeRule.of(official.dateOfBirth(), official.sex());
			for (var planned : actions) {
				ages.check(planned.action().kind(), planned.action().effectiveDate());
			}
		}
		catch (CareerRuleViolation ex) {
			throw new InvalidInputException(ImportColumn.START_DATE.name(), ex.messageCode(), ex.arguments());
		}
		try {
			Career.replay(actions.stream().map(BulkWriter.Planned::action).toList(), catalog::salaryScale);
		}
		catch (CareerRuleViolation ex) {
			var field = "effectiveDate".equals(ex.field()) && probationEnd != null ? ImportColumn.PROBATION_END
					: "salaryStep".equals(ex.field()) ? ImportColumn.SALARY_STEP : ImportColumn.START_DATE;
			throw new InvalidInputException(field.name(), ex.messageCode(), ex.arguments());
		}
		return new BulkWriter.Person(official, actions);
	}

	/** The personal columns of the row that differ from the record's. */
	private List<ImportColumn> differences(Row row, Existing found) {
		var differing = new ArrayList<ImportColumn>();
		for (var entry : found.values().entrySet()) {
			var column = entry.getKey();
			if (!row.has(column)) {
				continue;
			}
			var given = cells.normalized(column, row.get(column));
			if (!Objects.equals(given, entry.getValue())) {
				differing.add(column);
			}
		}
		return differing;
	}

	private Map<String, Existing> existing(List<Row> rows, PersonnelScope.Access access) {
		var ids = new ArrayList<String>();
		for (var row : rows) {
			try {
				ids.add(new CitizenId(ImportCells.citizenIdOf(row.get(ImportColumn.CITIZEN_ID))).value());
			}
			catch (InvalidInputException ex) {
				// reported when the row is checked
			}
		}
		var found = new HashMap<String, Existing>();
		for (int from = 0; from < ids.size(); from += 5000) {
			var chunk = ids.subList(from, Math.min(ids.size(), from + 5000)).toArray(String[]::new);
			var rowsFound = jdbc.sql("""
					SELECT id, citizen_id, full_name, date_of_birth, sex, ethnic_code, religion_code, birthplace,
					  home_town, residence, phone, email, professional_level, party_joined_on
					FROM personnel.official WHERE citizen_id = ANY(:ids)""")
				.param("ids", chunk)
				.query((rs, n) -> {
					var values = new EnumMap<ImportColumn, @Nullable String>(ImportColumn.class);
					values.put(ImportColumn.FULL_NAME, rs.getString("full_name"));
					values.put(ImportColumn.DATE_OF_BIRTH, rs.getDate("date_of_birth").toLocalDate().toString());
					values.put(ImportColumn.SEX, rs.getString("sex"));
					values.put(ImportColumn.ETHNIC_GROUP, rs.getString("ethnic_code"));
					values.put(ImportColumn.RELIGION, rs.getString("religion_code"));
					values.put(ImportColumn.BIRTHPLACE, rs.getString("birthplace"));
					values.put(ImportColumn.HOME_TOWN, rs.getString("home_town"));
					values.put(ImportColumn.RESIDENCE, rs.getString("residence"));
					values.put(ImportColumn.PHONE, rs.getString("phone"));
					values.put(ImportColumn.EMAIL, rs.getString("email"));
					values.put(ImportColumn.PROFESSIONAL_LEVEL, rs.getString("professional_level"));
					var party = rs.getDate("party_joined_on");
					values.put(ImportColumn.PARTY_JOINED_ON, party == null ? null : party.toLocalDate().toString());
					return Map.entry(rs.getString("citizen_id"), new Existing(rs.getLong("id"), false, values));
				})
				.list();
			if (rowsFound.isEmpty()) {
				continue;
			}
			var reachable = reach.of(rowsFound.stream().map(e -> e.getValue().id()).toList(), access);
			for (var e : rowsFound) {
				found.put(e.getKey(), new Existing(e.getValue().id(), reachable.contains(e.getValue().id()),
						e.getValue().values()));
			}
		}
		return found;
	}

	PersonnelRegistry.UpdateOfficial update(Row row, OfficialView current) {
		var p = PersonnelRegistry.PersonalDetails.of(current);
		var birthText = row.has(ImportColumn.DATE_OF_BIRTH) ? row.get(ImportColumn.DATE_OF_BIRTH) : null;
		boolean yearOnly = birthText != null ? ImportCells.YEAR.matcher(birthText).matches() : p.birthYearOnly();
		var birth = birthText == null ? p.dateOfBirth()
				: yearOnly ? LocalDate.of(Integer.parseInt(birthText), 1, 1)
						: ImportCells.date(birthText, ImportColumn.DATE_OF_BIRTH, true);
		var personal = new PersonnelRegistry.PersonalDetails(p.citizenId(), pick(row, ImportColumn.FULL_NAME, p.fullName()),
				birth, yearOnly, row.has(ImportColumn.SEX) ? ImportCells.sex(row.get(ImportColumn.SEX)) : p.sex(),
				row.has(ImportColumn.ETHNIC_GROUP)
						? cells.item("ETHNIC_GROUP", row.get(ImportColumn.ETHNIC_GROUP), ImportColumn.ETHNIC_GROUP, true)
						: p.ethnicGroup(),
				row.has(ImportColumn.RELIGION)
						? cells.item("RELIGION", row.get(ImportColumn.RELIGION), ImportColumn.RELIGION, false)
						: p.religion(),
				pick(row, ImportColumn.BIRTHPLACE, p.birthplace()), pick(row, ImportColumn.HOME_TOWN, p.homeTown()),
				pick(row, ImportColumn.RESIDENCE, p.residence()), pick(row, ImportColumn.PHONE, p.phone()),
				pick(row, ImportColumn.EMAIL, p.email()));
		var q = current.qualifications();
		var level = row.has(ImportColumn.PROFESSIONAL_LEVEL) ? cells.item("PROFESSIONAL_LEVEL",
				row.get(ImportColumn.PROFESSIONAL_LEVEL), ImportColumn.PROFESSIONAL_LEVEL, false) : q.professionalLevel();
		var m = current.memberships();
		var party = row.has(ImportColumn.PARTY_JOINED_ON)
				? ImportCells.date(row.get(ImportColumn.PARTY_JOINED_ON), ImportColumn.PARTY_JOINED_ON, false)
				: m.partyJoinedOn();
		return new PersonnelRegistry.UpdateOfficial(current.version(), personal,
				new Qualifications(q.generalEducation(), level, q.politicalTheory(), q.stateManagement(),
						q.foreignLanguage(), q.itSkill()),
				new Memberships(party, m.partyConfirmedOn(), m.tradeUnionJoinedOn(), m.youthUnionJoinedOn()), null,
				null, null);
	}

	@SuppressWarnings("NullAway")
	private static String pick(Row row, ImportColumn column, @Nullable String current) {
		if (!row.has(column)) {
			return current;
		}
		var value = row.get(column);
		return value.isEmpty() ? null : value;
	}

	/** Where units are, and whether the caller may enrol people into them, on given days: read once per import. */
	final class UnitCheck {

		private final PersonnelScope.Access access;

		private final Map<Long, List<UnitVersionView>> versions = new HashMap<>();

		private final Map<Long, List<UnitDirectory.ScopePeriod>> scope = new HashMap<>();

		UnitCheck(PersonnelScope.Access access) {
			this.access = access;
			if (!access.unrestricted() && access.root() != null) {
				for (var period : units.scopePeriods(access.root())) {
					scope.computeIfAbsent(period.unitId(), k -> new ArrayList<>()).add(period);
				}
			}
		}

		boolean writableOn(long unitId, LocalDate date) {
			if (version(unitId, date).isEmpty()) {
				return false;
			}
			if (access.unrestricted()) {
				return true;
			}
			return scope.getOrDefault(unitId, List.of()).stream().anyMatch(p -> p.covers(date));
		}

		long provinceOf(long unitId, LocalDate date) {
			long current = unitId;
			for (int depth = 0; depth < 20; depth++) {
				var v = version(current, date);
				if (v.isEmpty() || v.get().parentId() == null) {
					return current;
				}
				current = v.get().parentId();
			}
			return current;
		}

		private Optional<UnitVersionView> version(long unitId, LocalDate date) {
			var list = versions.computeIfAbsent(unitId, id -> {
				try {
					return units.versions(id);
				}
				catch (DomainException ex) {
					return List.of();
				}
			});
			return list.stream()
				.filter(v -> v.period().contains(date))
				.findFirst();
		}

	}

}
