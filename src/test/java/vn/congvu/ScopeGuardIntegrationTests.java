package vn.congvu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

import vn.congvu.organization.UnitDirectory;
import vn.congvu.personnel.CurriculumVitae;
import vn.congvu.personnel.DueLists;
import vn.congvu.personnel.PersonnelRecords;
import vn.congvu.personnel.PersonnelRegistry;
import vn.congvu.position.PositionSchemeBook;
import vn.congvu.position.SchemeContent;
import vn.congvu.promotion.PromotionDesk;
import vn.congvu.recruitment.Examinations;
import vn.congvu.recruitment.Probations;
import vn.congvu.recruitment.RecruitmentDesk;
import vn.congvu.reporting.ReformReport;
import vn.congvu.shared.Caller;
import vn.congvu.shared.DecisionRef;
import vn.congvu.shared.NotFoundException;
import vn.congvu.shared.Role;
import vn.congvu.shared.SystemWork;
import vn.congvu.staffing.Compliance;

/**
 * The one scope guard, at every service entry point of personnel, positions, recruitment and promotion: an account of
 * another unit gets for a record outside its scope exactly the answer it gets for a record that does not exist, and a
 * call with no caller at all (neither an account nor the system) is refused.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Tag("database")
class ScopeGuardIntegrationTests {

	static final long MISSING = 987_654_321L;

	static final DecisionRef DECISION = new DecisionRef("1/QĐ-UBND", LocalDate.of(2026, 11, 1), "UBND");

	@Autowired
	PersonnelRegistry registry;

	@Autowired
	PersonnelRecords records;

	@Autowired
	CurriculumVitae cv;

	@Autowired
	PositionSchemeBook schemes;

	@Autowired
	RecruitmentDesk drives;

	@Autowired
	Examinations examinations;

	@Autowired
	Probations probations;

	@Autowired
	PromotionDesk promotion;

	@Autowired
	Compliance compliance;

	@Autowired
	ReformReport reports;

	@Autowired
	DueLists dueLists;

	@Autowired
	UnitDirectory units;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	private long unit(String code) {
		return units.unitsAsOf(LocalDate.now(clock)).stream().filter(u -> code.equals(u.code())).findFirst()
			.orElseThrow().id();
	}

	private long one(String sql, Object... params) {
		var spec = jdbc.sql(sql);
		for (int i = 0; i < params.length; i++) {
			spec = spec.param(i + 1, params[i]);
		}
		return spec.query(Long.class).list().get(0);
	}

	/** Each entry point, given the id of a record (or unit) of the demo's ward or of Cà Mau's Home Affairs. */
	private Map<String, LongFunction<Object>> entryPoints(long official, long ward, long scheme, long drive,
			long application, long exam) {
		var today = LocalDate.now(clock);
		var content = new SchemeContent("Đề án", today, List.of(), List.of());
		var step = PersonnelRegistry.RecordAction.salaryStep(today, 2, DECISION).outOfSequenceStep();
		var calls = new LinkedHashMap<String, LongFunction<Object>>();
		// personnel
		calls.put("records.official", id -> records.official(id).orElseThrow(() -> notFound("official", id)));
		calls.put("records.overview", id -> records.overview(id, today).orElseThrow(() -> notFound("official", id)));
		calls.put("records.overviews", id -> records.overviews(List.of(id), today).values().stream().findFirst()
			.orElseThrow(() -> notFound("official", id)));
		calls.put("records.actions", records::actions);
		calls.put("records.employment", id -> records.employment(id, today));
		calls.put("records.employmentHistory", records::employmentHistory);
		calls.put("records.forecast", id -> records.forecast(id, today));
		calls.put("registry.record", id -> registry.record(id, step));
		calls.put("registry.update", id -> registry.update(id, new PersonnelRegistry.UpdateOfficial(0L, null, null,
				null, null, null, null)));
		calls.put("registry.linkAccount", id -> registry.linkAccount(id, "demo.congchuc", 0L));
		calls.put("cv.of", cv::of);
		calls.put("probations.assess", id -> probations.assess(id, new Probations.Assessment(
				Probations.Result.MEETS, today, "Người hướng dẫn", "Đạt", DECISION, "Chủ tịch")));
		// positions (a unit's, then a scheme's)
		calls.put("schemes.schemesOf", schemes::schemesOf);
		calls.put("schemes.create", id -> schemes.create(id, content));
		calls.put("schemes.get", schemes::get);
		calls.put("schemes.edit", id -> schemes.edit(id, content, 0L));
		calls.put("schemes.submit", id -> schemes.submit(id, 0L));
		calls.put("schemes.returnToDraft", id -> schemes.returnToDraft(id, "?", 0L));
		calls.put("schemes.approve", id -> schemes.approve(id, new PositionSchemeBook.Approval(DECISION, "Chủ tịch",
				today), 0L));
		calls.put("schemes.revise", schemes::revise);
		calls.put("schemes.diff", id -> schemes.diff(id, id));
		// recruitment (an authority's unit, then a drive's, then an application's)
		calls.put("drives.announce", id -> drives.announce(new RecruitmentDesk.NewDrive(id, "Tuyển dụng",
				vn.congvu.personnel.Category.CIVIL_SERVANT, vn.congvu.recruitment.Method.EXAM, today, today.plusDays(30),
				List.of())));
		calls.put("drives.drive", drives::drive);
		calls.put("drives.applications", drives::applications);
		calls.put("drives.apply", id -> drives.apply(id, new RecruitmentDesk.NewApplication(null, "096090001111",
				"Lê Văn Ứng", LocalDate.of(1990, 1, 1), vn.congvu.shared.Sex.MALE, "01", "DH", "Luật", null, null, today)));
		calls.put("examinations.close", examinations::close);
		calls.put("examinations.sheet", examinations::sheet);
		calls.put("examinations.mark", id -> examinations.mark(id, List.of()));
		calls.put("examinations.publish", id -> {
			examinations.publish(id, today, null);
			return null;
		});
		calls.put("examinations.decide", id -> examinations.decide(id, new Examinations.Decision(DECISION, "Chủ tịch",
				today)));
		calls.put("examinations.remark", id -> examinations.remark(id, "written", BigDecimal.TEN, today));
		calls.put("examinations.forfeit", id -> examinations.forfeit(id, DECISION, today));
		// promotion (an authority's unit, then a round's)
		calls.put("promotion.create", id -> promotion.create(new PromotionDesk.NewExam(id, "Xét nâng ngạch", "01.002",
				today, 1)));
		calls.put("promotion.exam", promotion::exam);
		calls.put("promotion.nominations", promotion::nominations);
		calls.put("promotion.eligibility", id -> promotion.eligibility(id, official));
		calls.put("promotion.nominate", id -> promotion.nominate(id, List.of()));
		calls.put("promotion.closeNominations", promotion::closeNominations);
		calls.put("promotion.mark", id -> promotion.mark(id, List.of()));
		calls.put("promotion.publish", id -> promotion.publish(id, today, null));
		calls.put("promotion.decide", id -> promotion.decide(id, DECISION, "Chủ tịch", today));
		// what each is given from the demo
		var given = new LinkedHashMap<String, Long>();
		calls.keySet().forEach(name -> given.put(name,
				name.startsWith("registry.") || name.startsWith("records.") || name.startsWith("cv.") || name.startsWith("probations.") ? official
						: name.equals("schemes.schemesOf") || name.equals("schemes.create") ? ward
								: name.startsWith("schemes.") ? scheme
										: name.equals("drives.announce") || name.equals("promotion.create")
												? one("SELECT authority_unit_id FROM recruitment.drive WHERE id = ?", drive)
												: name.equals("examinations.remark") || name.equals("examinations.forfeit")
														? application
														: name.startsWith("drives.") || name.startsWith("examinations.") ? drive
																: exam));
		var bound = new LinkedHashMap<String, LongFunction<Object>>();
		calls.forEach((name, call) -> bound.put(name, call));
		this.given = given;
		return bound;
	}

	private Map<String, Long> given = Map.of();

	private static NotFoundException notFound(String what, long id) {
		return new NotFoundException("personnel.official.notFound", id);
	}

	/** Every entry point, given records of the demo's ward and of Cà Mau's Home Affairs. */
	private Map<String, LongFunction<Object>> demoEntryPoints() {
		var ward = unit("31825");
		var today = LocalDate.now(clock);
		long official = one("""
				SELECT e.official_id FROM personnel.employment e WHERE e.unit_id = ? AND e.valid @> CAST(? AS date)
				ORDER BY e.official_id""", ward, today);
		long scheme = one("SELECT id FROM position.scheme WHERE unit_id = ? ORDER BY id", ward);
		long drive = one("SELECT id FROM recruitment.drive WHERE created_by = 'system' ORDER BY id DESC");
		long application = one("SELECT id FROM recruitment.application WHERE drive_id = ? ORDER BY id", drive);
		long exam = one("SELECT id FROM promotion.exam WHERE created_by = 'system' ORDER BY id DESC");
		return entryPoints(official, ward, scheme, drive, application, exam);
	}

	@Test
	void anAccountOfAnotherUnitGetsTheAnswerOfAMissingRecord() {
		var calls = demoEntryPoints();
		// the HR officer of another commune
		TestCallers.signIn(new Caller(9901, "hr.phonghiep", Role.UNIT_HR, unit("31885")));
		var differences = new ArrayList<String>();
		calls.forEach((name, call) -> {
			var outside = catchThrowable(() -> call.apply(given.get(name)));
			var missing = catchThrowable(() -> call.apply(MISSING));
			var answer = answer(missing, MISSING);
			// a missing id is not found; or, for a step the role never takes (an HR officer approving a scheme), refused
			// before any lookup, the same for every id
			if (!(missing instanceof NotFoundException)
					&& !(missing instanceof org.springframework.security.access.AccessDeniedException)) {
				differences.add(name + ": a missing id gives " + missing);
			}
			else if (!answer(outside, given.get(name)).equals(answer)) {
				differences.add(name + ": outside the scope " + outside + ", missing " + missing);
			}
		});
		assertThat(differences).isEmpty();
		assertThat(calls).hasSizeGreaterThan(35);
	}

	/** What a refusal tells: its kind and message, the id it was given put aside. */
	private static String answer(Throwable thrown, long id) {
		if (thrown instanceof NotFoundException notFound) {
			return "NotFound " + notFound.messageCode() + " " + java.util.Arrays.stream(notFound.arguments())
				.map(a -> String.valueOf(a).equals(String.valueOf(id)) ? "<id>" : String.valueOf(a))
				.toList();
		}
		return String.valueOf(thrown);
	}

	@Test
	void aCallWithNoCallerAtAllIsRefusedAndTheSystemCallerIsNot() {
		var ward = unit("31825");
		var today = LocalDate.now(clock);
		var calls = demoEntryPoints();
		var allowed = new ArrayList<String>();
		calls.forEach((name, call) -> {
			var thrown = catchThrowable(() -> call.apply(given.get(name)));
			if (!(thrown instanceof AccessDeniedException)) {
				allowed.add(name + ": " + thrown);
			}
		});
		var more = new LinkedHashMap<String, Runnable>();
		more.put("compliance.judge", () -> compliance.judge(ward, today, v -> {
		}));
		more.put("reports.report", () -> reports.report(ward, today.withDayOfYear(1), today, true));
		more.put("dueLists.dueForSalaryStep", () -> dueLists.dueForSalaryStep(6));
		more.put("drives.drives", drives::drives);
		more.put("promotion.exams", promotion::exams);
		more.put("probations.onProbation", () -> probations.onProbation(today));
		more.forEach((name, call) -> {
			var thrown = catchThrowable(call::run);
			if (!(thrown instanceof AccessDeniedException)) {
				allowed.add(name + ": " + thrown);
			}
		});
		assertThat(allowed).as("entry points that ran with no caller").isEmpty();
		// the system caller (start-up, the demo, jobs) reaches every unit
		assertThat(SystemWork.call("test", () -> schemes.schemesOf(ward))).isNotEmpty();
		assertThat(SystemWork.call("test", drives::drives)).isNotEmpty();
		assertThat(SystemWork.call("test", () -> dueLists.dueForSalaryStep(6))).isNotEmpty();
	}

}
