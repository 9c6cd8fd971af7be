package vn.congvu.recruitment;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.congvu.catalog.Catalog;
import vn.congvu.catalog.ReferenceItem;
import vn.congvu.organization.UnitDirectory;
import vn.congvu.personnel.Category;
import vn.congvu.personnel.Workforce;
import vn.congvu.position.JobPositions;
import vn.congvu.shared.Caller;
import vn.congvu.shared.CitizenId;
import vn.congvu.shared.ConflictException;
import vn.congvu.shared.InvalidInputException;
import vn.congvu.shared.NotFoundException;
import vn.congvu.shared.Role;
import vn.congvu.shared.Sex;
import vn.congvu.shared.Texts;

/**
 * Runs recruitment drives: announcing one with its positions and quotas, and taking applications.
 * <p>
 * A drive recruits only into positions of approved schemes, and no more than their vacancies: the position's
 * headcount in the scheme in force on the announcement date, less those holding it then, less the places other
 * drives still hold. Applications are taken within the window (30 days, Decree 170/2025 Art. 15), one per person per
 * drive; each is checked against the regime's conditions and the position's requirements, and a rejection says why.
 * Home Affairs and unit HR run drives of the units in their scope.
 */
@Service
@Transactional
public class RecruitmentDesk {

	/** How long applications are taken at most (Decree 170/2025 Art. 15; Decree 138/2020 Art. 13). */
	static final int APPLICATION_DAYS = 30;

	/** The youngest age at which one may be recruited (Law 80/2025 Art. 19; Law 22/2008 Art. 36). */
	static final int MINIMUM_AGE = 18;

	public record NewPosition(@Nullable Long unitId, @Nullable String positionCode, @Nullable Integer quota) {
	}

	public record NewDrive(@Nullable Long authorityUnitId, @Nullable String title, @Nullable Category category,
			@Nullable Method method, @Nullable LocalDate announcedOn, @Nullable LocalDate applicationsUntil,
			@Nullable List<@Nullable NewPosition> positions) {
	}

	public record NewApplication(@Nullable Long drivePositionId, @Nullable String citizenId, @Nullable String fullName,
			@Nullable LocalDate dateOfBirth, @Nullable Sex sex, @Nullable String ethnicCode,
			@Nullable String degreeLevel, @Nullable String major, @Nullable Set<Priority> priorities,
			@Nullable String documents, @Nullable LocalDate appliedOn) {
	}

	private final Drives drives;

	private final vn.congvu.organization.ScopeGuard guard;

	private final Applications applications;

	private final UnitDirectory units;

	private final JobPositions positions;

	private final Workforce workforce;

	private final Catalog catalog;

	private final Clock clock;

	RecruitmentDesk(Drives drives, Applications applications, UnitDirectory units, JobPositions positions,
			Workforce workforce, Catalog catalog, Clock clock, vn.congvu.organization.ScopeGuard guard) {
		this.guard = guard;
		this.drives = drives;
		this.applications = applications;
		this.units = units;
		this.positions = positions;
		this.workforce = workforce;
		this.catalog = catalog;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<DriveView> drives() {
		var units = guard.unitsEver(readableReach());
		var found = units == null ? drives.findAllByOrderByAnnouncedOnDescIdDesc()
				: drives.findByAuthorityUnitIdInOrderByAnnouncedOnDescIdDesc(units);
		return found.stream().map(Drive::view).toList();
	}

	@Transactional(readOnly = true)
	public DriveView drive(long id) {
		return readable(id).view();
	}

	@Transactional(readOnly = true)
	public List<ApplicationView> applications(long driveId) {
		var drive = readable(driveId);
		boolean published = drive.resultsPublishedOn() != null;
		return applications.findByDriveIdOrderById(driveId).stream().map(a -> a.view(published)).toList();
	}

	/** A unit and its internal divisions (at any depth) on a day. */
	private java.util.Set<Long> schemeFamily(long unitId, LocalDate date) {
		var family = new java.util.LinkedHashSet<Long>();
		var next = new java.util.ArrayDeque<Long>(List.of(unitId));
		while (!next.isEmpty()) {
			var id = next.poll();
			if (family.add(id)) {
				units.childrenAsOf(id, date)
					.stream()
					.filter(c -> c.type() == vn.congvu.organization.UnitType.INTERNAL_DIVISION)
					.forEach(c -> next.add(c.id()));
			}
		}
		return family;
	}

	/** Announces a drive, checking each position against the scheme in force and its vacancies. */
	public DriveView announce(NewDrive command) {
		var authority = require(command.authorityUnitId(), "authorityUnitId");
		writable(authority);
		var title = Texts.clean(command.title());
		if (title == null || title.isEmpty()) {
			throw new InvalidInputException("title", "recruitment.drive.title.required");
		}
		var category = require(command.category(), "category");
		var method = command.method() == null ? Method.EXAM : command.method();
		var announced = require(command.announcedOn(), "announcedOn");
		Regime.of(category, announced);
		var until = command.applicationsUntil() == null ? announced.plusDays(APPLICATION_DAYS)
				: command.applicationsUntil();
		if (until.isBefore(announced) || until.isAfter(announced.plusDays(APPLICATION_DAYS))) {
			throw new InvalidInputException("applicationsUntil", "recruitment.drive.window", APPLICATION_DAYS);
		}
		var given = command.positions() == null ? List.<@Nullable NewPosition>of() : command.positions();
		if (given.isEmpty()) {
			throw new InvalidInputException("positions", "recruitment.drive.positions.required");
		}
		var list = new ArrayList<DrivePosition>();
		var seen = new HashSet<String>();
		for (int i = 0; i < given.size(); i++) {
			var field = "positions[" + i + "]";
			var p = given.get(i);
			if (p == null) {
				throw new InvalidInputException(field, "recruitment.drive.position.required");
			}
			long unit = require(p.unitId(), field + ".unitId");
			writable(unit);
			var code = Texts.clean(p.positionCode());
			if (code == null || code.isEmpty()) {
				throw new InvalidInputException(field + ".positionCode", "personnel.action.fieldRequired", "positionCode");
			}
			if (!seen.add(unit + "/" + code.toUpperCase(java.util.Locale.ROOT))) {
				throw new InvalidInputException(field + ".positionCode", "recruitment.drive.position.twice", code);
			}
			int quota = require(p.quota(), field + ".quota");
			if (quota < 1) {
				throw new InvalidInputException(field + ".quota", "recruitment.quota.invalid");
			}
			long schemeUnit = positions.schemeUnitOf(unit, announced);
			var scheme = positions.inForce(schemeUnit, announced)
				.orElseThrow(() -> new InvalidInputException(field + ".unitId", "recruitment.drive.noScheme", announced));
			var position = scheme.position(code)
				.orElseThrow(() -> new InvalidInputException(field + ".positionCode", "personnel.position.notInScheme",
						code, scheme.versionNo(), scheme.unitName()));
			// the scheme places the agency and its internal divisions together: their holders and places count
			var placed = schemeFamily(schemeUnit, announced);
			int vacancies = position.headcount() - workforce.holding(placed, position.code(), announced)
					- (int) drives.placesHeldIn(placed, position.code());
			if (quota > vacancies) {
				throw new InvalidInputException(field + ".quota", "recruitment.quota.overVacancy", position.code(),
						Math.max(0, vacancies));
			}
			list.add(new DrivePosition(unit, position.code(), position.name(), position.rankCode(),
					position.minDegree(), position.majors(), quota));
		}
		var drive = new Drive(authority, title, category, method, announced, until, list, Caller.currentUsername(),
				clock.instant());
		return drives.saveAndFlush(drive).view();
	}

	/**
	 * Takes an application: within the window, one per person per drive. It is stored either way, eligible or rejected
	 * with the reason (under 18 on the day; a degree below the position's; a major the position does not accept).
	 */
	public ApplicationView apply(long driveId, NewApplication command) {
		var drive = readable(driveId);
		writable(drive.authorityUnitId());
		var appliedOn = command.appliedOn() == null ? LocalDate.now(clock) : command.appliedOn();
		drive.requireOpen(appliedOn);
		long positionId = require(command.drivePositionId(), "drivePositionId");
		var position = drive.positions().stream().filter(p -> p.id() == positionId).findFirst()
			.orElseThrow(() -> new InvalidInputException("drivePositionId", "recruitment.application.position"));
		var citizenId = new CitizenId(command.citizenId()).value();
		if (applications.existsByDriveIdAndCitizenId(driveId, citizenId)) {
			throw new ConflictException("recruitment.application.twice", citizenId);
		}
		var name = Texts.clean(command.fullName());
		if (name == null || name.isEmpty()) {
			throw new InvalidInputException("fullName", "recruitment.application.name.required");
		}
		var born = require(command.dateOfBirth(), "dateOfBirth");
		var sex = require(command.sex(), "sex");
		var ethnic = require(command.ethnicCode(), "ethnicCode");
		if (catalog.items("ETHNIC_GROUP").stream().noneMatch(i -> i.code().equals(ethnic))) {
			throw new InvalidInputException("ethnicCode", "position.position.code.unknownInList", ethnic);
		}
		var degree = Texts.clean(command.degreeLevel());
		if (degree != null && degree.isEmpty()) {
			degree = null;
		}
		if (degree != null && codes("PROFESSIONAL_LEVEL").indexOf(degree) < 0) {
			throw new InvalidInputException("degreeLevel", "position.position.code.unknownInList", degree);
		}
		var priorities = command.priorities() == null ? Set.<Priority>of() : command.priorities();
		var application = new Application(driveId, positionId, citizenId, name, born, sex, ethnic, degree,
				Texts.clean(command.major()), priorities, Texts.clean(command.documents()), appliedOn);
		int age = Period.between(born, appliedOn).getYears();
		if (age < MINIMUM_AGE) {
			application.reject("recruitment.eligibility.age", List.of(MINIMUM_AGE));
		}
		else if (!degreeMeets(degree, position.minDegree())) {
			application.reject("recruitment.eligibility.degree", List.of(String.valueOf(position.minDegree())));
		}
		else if (!vn.congvu.position.JobPosition.acceptsMajor(position.majors(), command.major())) {
			application.reject("recruitment.eligibility.major", List.of(String.valueOf(position.majors())));
		}
		return applications.saveAndFlush(application).view(false);
	}

	private boolean degreeMeets(@Nullable String held, @Nullable String needed) {
		if (needed == null) {
			return true;
		}
		var order = codes("PROFESSIONAL_LEVEL");
		return held != null && order.indexOf(held) <= order.indexOf(needed);
	}

	private List<String> codes(String list) {
		return catalog.items(list).stream().map(ReferenceItem::code).toList();
	}

	Drive readable(long id) {
		// the role first: a role that reads no drives gets one answer, whether the drive exists or not
		var reach = readableReach();
		var drive = drives.findById(id).orElseThrow(() -> new NotFoundException("recruitment.drive.notFound", id));
		return guard.requireRecord(reach, drive.authorityUnitId(), drive, "recruitment.drive.notFound", id);
	}

	/** The caller's reach over drives: Home Affairs, unit HR and leaders, in their scope. */
	private vn.congvu.organization.ScopeGuard.Reach readableReach() {
		return guard.reach("Recruitment is read by Home Affairs, unit HR and leaders", Role.HOME_AFFAIRS, Role.UNIT_HR,
				Role.LEADER);
	}

	void writable(long unitId) {
		var reach = guard.reach();
		guard.requireUnit(reach, unitId);
		if (!reach.hasRole(Role.HOME_AFFAIRS, Role.UNIT_HR)) {
			throw new AccessDeniedException("Drives are run by Home Affairs and unit HR");
		}
	}

	private static <T> T require(@Nullable T value, String field) {
		if (value == null) {
			throw new InvalidInputException(field, "personnel.action.fieldRequired", field);
		}
		return value;
	}

}
