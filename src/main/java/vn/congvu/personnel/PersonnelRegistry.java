package vn.congvu.personnel;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.congvu.audit.AuditTrail;
import vn.congvu.catalog.Catalog;
import vn.congvu.identity.AccountAdministration;
import vn.congvu.catalog.RankView;
import vn.congvu.catalog.SalaryScale;
import vn.congvu.organization.UnitDirectory;
import vn.congvu.position.JobPositions;
import vn.congvu.organization.UnitView;
import vn.congvu.shared.Caller;
import vn.congvu.shared.CitizenId;
import vn.congvu.shared.ConflictException;
import vn.congvu.shared.DecisionRef;
import vn.congvu.shared.InvalidInputException;
import vn.congvu.shared.NotFoundException;
import vn.congvu.shared.Sex;

/**
 * The personnel register's changes: enrols officials, records personnel actions, corrects personal details and links
 * accounts, each checked against the rules of its date and replayed into the employment it makes. Every write is
 * limited to the caller's scope: an official outside it is answered exactly like one that does not exist. Reading the
 * records is {@link PersonnelRecords}' work.
 */
@Service
@Transactional
public class PersonnelRegistry {

	/** A new official and the decision that brings them into service. */
	public record EnrolOfficial(String citizenId, String fullName, LocalDate dateOfBirth, boolean birthYearOnly,
			Sex sex, String ethnicGroup, Long unitId, Category category, String rankCode, Integer salaryStep,
			LocalDate startDate, DecisionRef decision, @Nullable String signer, boolean reception,
			@Nullable String positionCode) {

		public EnrolOfficial(String citizenId, String fullName, LocalDate dateOfBirth, boolean birthYearOnly, Sex sex,
				String ethnicGroup, Long unitId, Category category, String rankCode, Integer salaryStep,
				LocalDate startDate, DecisionRef decision, @Nullable String signer, boolean reception) {
			this(citizenId, fullName, dateOfBirth, birthYearOnly, sex, ethnicGroup, unitId, category, rankCode,
					salaryStep, startDate, decision, signer, reception, null);
		}

	}

	/**
	 * A decision about an official. Facts the kind does not use are ignored. Built by its named factories
	 * ({@link #salaryStep}, {@link #rankChange}, {@link #transfer}, …) and withers; the canonical constructor is for
	 * mapping a whole request.
	 */
	public record RecordAction(ActionKind kind, LocalDate effectiveDate, @Nullable LocalDate endDate,
			DecisionRef decision, @Nullable String signer, @Nullable String legalBasis, @Nullable Long unitId,
			@Nullable Category category, @Nullable String rankCode, @Nullable Integer salaryStep,
			@Nullable LocalDate stepStart, @Nullable String positionTitle, @Nullable String note,
			@Nullable Long cancelsActionId, boolean outOfSequence, @Nullable String positionCode) {

		/** A decision of {@code kind} that names nothing else (an end of probation, a retirement, a resignation). */
		public static RecordAction of(ActionKind kind, LocalDate effective, DecisionRef decision) {
			return new RecordAction(kind, effective, null, decision, null, null, null, null, null, null, null, null,
					null, null, false, null);
		}

		/** Service starts: recruited into {@code unitId} in a category and rank (step 1 unless {@link #withStep}). */
		public static RecordAction recruitment(LocalDate effective, long unitId, Category category, String rankCode,
				DecisionRef decision) {
			return new RecordAction(ActionKind.RECRUITMENT, effective, null, decision, null, null, unitId, category,
					rankCode, null, null, null, null, null, false, null);
		}

		/** The next regular salary step ({@code step}), its clock starting on the day. */
		public static RecordAction salaryStep(LocalDate effective, int step, DecisionRef decision) {
			return of(ActionKind.SALARY_STEP, effective, decision).withStep(step, null);
		}

		/** A new rank or title; the salary step is placed by the rules of the date unless {@link #withStep} says. */
		public static RecordAction rankChange(LocalDate effective, String rankCode, DecisionRef decision) {
			return new RecordAction(ActionKind.RANK_CHANGE, effective, null, decision, null, null, null, null, rankCode,
					null, null, null, null, null, false, null);
		}

		/** A move to another unit: a transfer, rotation, reassignment (or a reorganisation's move). */
		public static RecordAction move(ActionKind kind, LocalDate effective, long unitId, DecisionRef decision) {
			if (!kind.movesUnit()) {
				throw new IllegalArgumentException(kind + " does not move anyone");
			}
			return new RecordAction(kind, effective, null, decision, null, null, unitId, null, null, null, null, null,
					null, null, false, null);
		}

		public static RecordAction transfer(LocalDate effective, long unitId, DecisionRef decision) {
			return move(ActionKind.TRANSFER, effective, unitId, decision);
		}

		/** Seconded to {@code unitId} until {@code end}. */
		public static RecordAction secondment(LocalDate effective, LocalDate end, long unitId, DecisionRef decision) {
			return new RecordAction(ActionKind.SECONDMENT, effective, end, decision, null, null, unitId, null, null, null,
					null, null, null, null, false, null);
		}

		/** Appointed (or, {@code again}, re-appointed) to a leadership post. */
		public static RecordAction appointment(LocalDate effective, String post, boolean again, DecisionRef decision) {
			return new RecordAction(again ? ActionKind.REAPPOINTMENT : ActionKind.APPOINTMENT, effective, null, decision,
					null, null, null, null, null, null, null, post, null, null, false, null);
		}

		/** Placed in the job position {@code code} of the unit's scheme. */
		public static RecordAction positionAssignment(LocalDate effective, String code, DecisionRef decision) {
			return of(ActionKind.POSITION_ASSIGNMENT, effective, decision).atPosition(code);
		}

		/** A disciplinary penalty, as its decision words it. */
		public static RecordAction discipline(LocalDate effective, String penalty, DecisionRef decision) {
			return of(ActionKind.DISCIPLINE, effective, decision).noting(penalty);
		}

		/** Cancels the action {@code actionId}, which then counts nowhere. */
		public static RecordAction cancellation(LocalDate effective, long actionId, DecisionRef decision) {
			return new RecordAction(ActionKind.CANCELLATION, effective, null, decision, null, null, null, null, null,
					null, null, null, null, actionId, false, null);
		}

		/** The same, with the salary step (and its clock's start, or the day's) the decision gives. */
		public RecordAction withStep(int step, @Nullable LocalDate start) {
			return new RecordAction(kind, effectiveDate, endDate, decision, signer, legalBasis, unitId, category,
					rankCode, step, start, positionTitle, note, cancelsActionId, outOfSequence, positionCode);
		}

		/** The same, naming the job position it places the official in. */
		public RecordAction atPosition(@Nullable String code) {
			return new RecordAction(kind, effectiveDate, endDate, decision, signer, legalBasis, unitId, category,
					rankCode, salaryStep, stepStart, positionTitle, note, cancelsActionId, outOfSequence, code);
		}

		/** The same, with a note. */
		public RecordAction noting(@Nullable String text) {
			return new RecordAction(kind, effectiveDate, endDate, decision, signer, legalBasis, unitId, category,
					rankCode, salaryStep, stepStart, positionTitle, text, cancelsActionId, outOfSequence, positionCode);
		}

		/** The same, signed by {@code name} on the legal basis given. */
		public RecordAction signed(@Nullable String name, @Nullable String basis) {
			return new RecordAction(kind, effectiveDate, endDate, decision, name, basis, unitId, category, rankCode,
					salaryStep, stepStart, positionTitle, note, cancelsActionId, outOfSequence, positionCode);
		}

		/** The same, out of the usual sequence (a step raised early, a step the decision sets). */
		public RecordAction outOfSequenceStep() {
			return new RecordAction(kind, effectiveDate, endDate, decision, signer, legalBasis, unitId, category,
					rankCode, salaryStep, stepStart, positionTitle, note, cancelsActionId, true, positionCode);
		}

	}

	/** The identity and contact part of an official's record. */
	public record PersonalDetails(String citizenId, String fullName, LocalDate dateOfBirth, boolean birthYearOnly,
			Sex sex, String ethnicGroup, @Nullable String religion, @Nullable String birthplace,
			@Nullable String homeTown, @Nullable String residence, @Nullable String phone, @Nullable String email) {

		static PersonalDetails of(OfficialView v) {
			return new PersonalDetails(v.citizenId(), v.fullName(), v.dateOfBirth(), v.birthYearOnly(), v.sex(),
					v.ethnicGroup(), v.religion(), v.birthplace(), v.homeTown(), v.residence(), v.phone(), v.email());
		}

	}

	/**
	 * New values of groups of an official's record; a group left {@code null} stays as it is. {@code version} is the
	 * version the editor read. Career facts are not here: they change by personnel actions only.
	 */
	public record UpdateOfficial(Long version, @Nullable PersonalDetails personal,
			@Nullable Qualifications qualifications, @Nullable Memberships memberships,
			@Nullable List<Degree> degrees, @Nullable List<FamilyMember> family, @Nullable List<PriorWork> priorWork) {

		public static UpdateOfficial personal(Long version, PersonalDetails personal) {
			return new UpdateOfficial(version, personal, null, null, null, null, null);
		}

	}

	private static final long PROVISIONAL_ID = Long.MAX_VALUE;

	private final Officials officials;

	private final PersonnelActions actions;

	private final PersonnelScope scope;

	private final UnitDirectory units;

	private final Catalog catalog;

	private final AuditTrail audit;

	private final AccountAdministration accounts;

	private final JdbcClient jdbc;

	private final JobPositions positions;

	private final Clock clock;

	private final org.springframework.context.ApplicationEventPublisher events;

	private final OfficialReach reach;

	PersonnelRegistry(Officials officials, PersonnelActions actions, PersonnelScope scope, OfficialReach reach,
			UnitDirectory units, Catalog catalog, AuditTrail audit, AccountAdministration accounts, JdbcClient jdbc,
			JobPositions positions, Clock clock, org.springframework.context.ApplicationEventPublisher events) {
		this.reach = reach;
		this.events = events;
		this.positions = positions;
		this.officials = officials;
		this.actions = actions;
		this.scope = scope;
		this.units = units;
		this.catalog = catalog;
		this.audit = audit;
		this.accounts = accounts;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public OfficialView enrol(EnrolOfficial command) {
		var writable = scope.writable();
		if (command.startDate() == null) {
			throw new InvalidInputException("startDate", "validation.effectiveDate.required");
		}
		if (command.unitId() == null) {
			throw new InvalidInputException("unitId", "personnel.action.fieldRequired", "unitId");
		}
		if (command.category() == null) {
			throw new InvalidInputException("category", "personnel.action.fieldRequired", "category");
		}
		var citizenId = new CitizenId(command.citizenId());
		if (officials.existsByCitizenId(citizenId.value())) {
			throw new InvalidInputException("citizenId", "personnel.citizenId.taken", citizenId.value());
		}
		if (command.dateOfBirth() != null) {
			ServiceAgeRule.checkBirth(command.dateOfBirth(), LocalDate.now(clock));
		}
		var unit = unitOn(command.unitId(), command.startDate(), writable, "unitId");
		var official = new Official(provinceOf(unit, command.startDate()), citizenId, command.fullName(),
				command.dateOfBirth(), command.birthYearOnly(), command.sex(), command.ethnicGroup(), clock.instant());
		officials.saveAndFlush(official);
		var rank = rankOn(command.rankCode(), command.startDate());
		var step = command.salaryStep() == null ? 1 : command.salaryStep();
		var action = new ActionRecord(PROVISIONAL_ID,
				command.reception() ? ActionKind.RECEPTION : ActionKind.RECRUITMENT, command.startDate(), null,
				command.decision(), unit.id(), command.category(), rank.code(), rank.salaryScaleCode(), step,
				command.startDate(), null, command.positionCode(), null, false);
		var saved = save(official, List.of(), action, command.signer(), null, null, false);
		// published once the decision is accepted, handed to listeners after the commit
		events.publishEvent(new OfficialEnrolled(official.id(), official.provinceId(), action.kind(),
				command.startDate(), unit.id()));
		publishRecorded(official, saved);
		return official.view();
	}

	/**
	 * Refuses as {@link #update} would, before any form is shown: a role that does not change records (403), a record
	 * out of reach (404), one's own record (409). Pages offer only what their save would accept.
	 */
	@Transactional(readOnly = true)
	public void requireChangeable(long officialId) {
		var writable = scope.writable();
		officials.findById(officialId)
			.filter(o -> reach.reaches(o.id(), writable))
			.orElseThrow(() -> new NotFoundException("personnel.official.notFound", officialId));
		scope.refuseOwnCase(officialId);
	}

	public ActionView record(long officialId, RecordAction command) {
		var checked = check(officialId, command, true);
		var saved = save(checked.official(), checked.existing(), checked.action(), command.signer(),
				command.legalBasis(), command.note());
		return saved.view(false);
	}

	/** One decision of a batch: the official it is about and the action. */
	public record BatchItem(long officialId, RecordAction action) {
	}

	/** A batch refused for one of its decisions: nothing of it is recorded. */
	public static class BatchRefused extends RuntimeException {

		private final long officialId;

		private final vn.congvu.shared.DomainException reason;

		BatchRefused(long officialId, vn.congvu.shared.DomainException reason) {
			super(reason.getMessage(), reason);
			this.officialId = officialId;
			this.reason = reason;
		}

		/** The official whose decision the rules refused. */
		public long officialId() {
			return officialId;
		}

		public vn.congvu.shared.DomainException reason() {
			return reason;
		}

	}

	/**
	 * Records several decisions at once (all the salary steps due this month, under one decision number): each checked
	 * as {@link #record} checks it, and all or none recorded — the first refused stops the batch and names its official.
	 */
	public List<ActionView> recordAll(List<BatchItem> items) {
		var recorded = new ArrayList<ActionView>();
		for (var item : items) {
			try {
				recorded.add(record(item.officialId(), item.action()));
			}
			catch (vn.congvu.shared.DomainException ex) {
				throw new BatchRefused(item.officialId(), ex);
			}
		}
		return recorded;
	}

	/**
	 * What recording {@code command} would change, checked by every rule {@link #record} applies, with nothing
	 * written: the official's employment on the day the decision takes effect before and after it (for a
	 * cancellation, on the day the cancelled decision took effect).
	 */
	@Transactional(readOnly = true)
	public ActionPreview preview(long officialId, RecordAction command) {
		var checked = check(officialId, command, false);
		var existing = records(checked.existing());
		var all = new ArrayList<>(existing);
		all.add(checked.action());
		var after = Career.replay(all, this::scale);
		ServiceAgeRule.check(checked.official().dateOfBirth(), checked.official().sex(), command.kind(),
				command.effectiveDate());
		var day = command.effectiveDate();
		if (command.kind() == ActionKind.CANCELLATION) {
			day = existing.stream()
				.filter(a -> Long.valueOf(a.id()).equals(command.cancelsActionId()))
				.findFirst()
				.map(ActionRecord::effectiveDate)
				.orElse(day);
		}
		var before = Career.replay(existing, this::scale).on(day).orElse(null);
		return new ActionPreview(day, before, after.on(day).orElse(null), checked.action().salaryStep(),
				checked.action().stepStart());
	}

	private record Checked(Official official, List<PersonnelAction> existing, ActionRecord action) {
	}

	/** The command checked and turned into the action it records; {@code lock}: the official, for the change. */
	private Checked check(long officialId, RecordAction command, boolean lock) {
		var writable = scope.writable();
		var official = (lock ? officials.findForChange(officialId) : officials.findById(officialId))
			.filter(o -> reach.reaches(o.id(), writable))
			.orElseThrow(() -> new NotFoundException("personnel.official.notFound", officialId));
		scope.refuseOwnCase(officialId);
		if (command.kind() == null) {
			throw new InvalidInputException("kind", "personnel.action.fieldRequired", "kind");
		}
		if (command.effectiveDate() == null) {
			throw new InvalidInputException("effectiveDate", "validation.effectiveDate.required");
		}
		if (command.decision() == null) {
			throw new InvalidInputException("decision", "validation.decision.required");
		}
		if (command.endDate() != null && !command.endDate().isAfter(command.effectiveDate())) {
			// a secondment or leave that ends before it starts (the table refuses it too, as a conflict)
			throw new InvalidInputException("endDate", "personnel.action.endBeforeStart");
		}
		var existing = actions.findByOfficialIdOrderByEffectiveDateAscIdAsc(officialId);
		var date = command.effectiveDate();
		var kind = command.kind();
		Long unitId = null;
		if (kind.needsUnit()) {
			if (command.unitId() == null) {
				throw new InvalidInputException("unitId", "personnel.action.fieldRequired", "unitId");
			}
			unitId = unitOn(command.unitId(), date, writable, "unitId").id();
		}
		String rankCode = null;
		String scaleCode = null;
		Integer step = command.salaryStep();
		LocalDate stepStart = command.stepStart();
		if (kind.startsEmployment() || kind == ActionKind.RANK_CHANGE) {
			var rank = rankOn(command.rankCode(), date);
			rankCode = rank.code();
			scaleCode = rank.salaryScaleCode();
			if (kind == ActionKind.RANK_CHANGE && step == null) {
				var before = Career.replay(records(existing), this::scale).on(date.minusDays(1));
				if (before.isPresent() && before.get().salaryScaleCode() != null && before.get().salaryStep() != null) {
					var placement = vn.congvu.personnel.SalaryStepRule.placeOnHigherScale(
							scale(before.get().salaryScaleCode(), date), before.get().salaryStep(),
							before.get().stepStart(), scale(scaleCode, date), date);
					step = placement.step();
					stepStart = placement.stepStart();
				}
				else {
					step = 1;
				}
			}
		}
		var positionCode = positionCode(command, existing);
		var action = new ActionRecord(PROVISIONAL_ID, kind, date, command.endDate(), command.decision(), unitId,
				kind.startsEmployment() ? command.category() : null, rankCode, scaleCode, step, stepStart,
				command.positionTitle(), positionCode, command.cancelsActionId(), command.outOfSequence());
		return new Checked(official, existing, action);
	}

	/**
	 * Changes an official's record. A stale {@code version} (someone saved meanwhile) is a conflict, and nothing is
	 * written; two saves racing on the same version end with exactly one of them saved.
	 */
	public OfficialView update(long officialId, UpdateOfficial command) {
		var writable = scope.writable();
		var official = officials.findForChange(officialId)
			.filter(o -> reach.reaches(o.id(), writable))
			.orElseThrow(() -> new NotFoundException("personnel.official.notFound", officialId));
		scope.refuseOwnCase(officialId);
		if (command.version() == null) {
			throw new InvalidInputException("version", "personnel.official.versionRequired");
		}
		if (command.version() != official.version()) {
			throw new ConflictException("personnel.official.changedMeanwhile", official.fullName());
		}
		apply(official, command);
		return official.view();
	}

	/**
	 * Applies the groups of {@code command} to {@code official} and saves it, checking codes against the catalog and
	 * writing the changes of the lists (which the entity audit does not see) to the audit log.
	 */
	void apply(Official official, UpdateOfficial command) {
		var today = LocalDate.now(clock);
		var before = official.view();
		var personal = command.personal();
		if (personal != null) {
			var citizenId = new CitizenId(personal.citizenId());
			if (!citizenId.value().equals(official.citizenId()) && officials.existsByCitizenId(citizenId.value())) {
				throw new InvalidInputException("citizenId", "personnel.citizenId.taken", citizenId.value());
			}
			official.rename(personal.fullName());
			var bornBefore = official.dateOfBirth();
			var sexBefore = official.sex();
			official.identify(citizenId, personal.dateOfBirth(), personal.sex(), personal.birthYearOnly());
			if (!official.dateOfBirth().equals(bornBefore) || official.sex() != sexBefore) {
				checkAges(official, today);
			}
			official.ethnicGroup(personal.ethnicGroup());
			official.religion(code("RELIGION", personal.religion(), "religion"));
			official.contacts(personal.birthplace(), personal.homeTown(), personal.residence(), personal.phone(),
					personal.email());
		}
		var q = command.qualifications();
		if (q != null) {
			official.qualify(new Qualifications(code("GENERAL_EDUCATION", q.generalEducation(),
					"qualifications.generalEducation"),
					code("PROFESSIONAL_LEVEL", q.professionalLevel(), "qualifications.professionalLevel"),
					code("POLITICAL_THEORY", q.politicalTheory(), "qualifications.politicalTheory"),
					code("STATE_MANAGEMENT", q.stateManagement(), "qualifications.stateManagement"), q.foreignLanguage(),
					q.itSkill()));
		}
		if (command.memberships() != null) {
			official.memberships(command.memberships(), today);
		}
		if (command.degrees() != null) {
			var degrees = command.degrees();
			for (int i = 0; i < degrees.size(); i++) {
				if (degrees.get(i) != null) {
					code("PROFESSIONAL_LEVEL", degrees.get(i).levelCode(), "degrees[" + i + "].levelCode", true);
				}
			}
			official.degrees(degrees, today);
		}
		if (command.family() != null) {
			official.family(command.family(), today);
		}
		if (command.priorWork() != null) {
			official.priorWork(command.priorWork(), today);
		}
		official.touch(clock.instant());
		officials.saveAndFlush(official);
		var after = official.view();
		if (!before.degrees().equals(after.degrees()) || !before.family().equals(after.family())
				|| !before.priorWork().equals(after.priorWork())) {
			audit.record("Official.lists", Long.toString(official.id()), "UPDATE", lists(before), lists(after));
		}
	}

	private static Map<String, Object> lists(OfficialView view) {
		return Map.of("degrees", view.degrees(), "family", view.family(), "priorWork", view.priorWork());
	}

	private @Nullable String code(String list, @Nullable String value, String field) {
		return code(list, value, field, false);
	}

	private @Nullable String code(String list, @Nullable String value, String field, boolean required) {
		var clean = vn.congvu.shared.Texts.clean(value);
		if (clean == null || clean.isEmpty()) {
			if (required) {
				throw new InvalidInputException(field, "personnel.record.required");
			}
			return null;
		}
		var upper = clean.toUpperCase(java.util.Locale.ROOT);
		if (catalog.items(list).stream().noneMatch(i -> i.code().equals(upper))) {
			throw new InvalidInputException(field, "personnel.record.codeUnknown", clean);
		}
		return upper;
	}

	/**
	 * A changed birth date (or sex) against the law's ages and the career already recorded: nobody is born after today,
	 * and every decision of the career must still be one the law allows at the person's age on its day (recruited at
	 * 18 at the least, nothing that extends service from the retirement day on). The reason names the birth date.
	 */
	private void checkAges(Official official, LocalDate today) {
		ServiceAgeRule.checkBirth(official.dateOfBirth(), today);
		var career = actions.findByOfficialIdOrderByEffectiveDateAscIdAsc(official.id())
			.stream()
			.map(PersonnelAction::record)
			.toList();
		var cancelled = new java.util.HashSet<Long>();
		career.forEach(a -> {
			if (a.cancelsActionId() != null) {
				cancelled.add(a.cancelsActionId());
			}
		});
		var ages = ServiceAgeRule.of(official.dateOfBirth(), official.sex());
		for (var action : career) {
			if (action.kind() == ActionKind.CANCELLATION || cancelled.contains(action.id())) {
				continue;
			}
			try {
				ages.check(action.kind(), action.effectiveDate());
			}
			catch (CareerRuleViolation ex) {
				throw new InvalidInputException("dateOfBirth", ex.messageCode(), ex.arguments());
			}
		}
	}

	/**
	 * Links an official's record to their own account: the {@code OFFICIAL} account through which they see it and ask
	 * for corrections, or the HR, Home Affairs or leader's account of an official who works at that desk (then no step
	 * of their own case — marking their exam, approving their correction — is theirs to take); {@code null} or blank
	 * unlinks it.
	 */
	public OfficialView linkAccount(long officialId, @Nullable String username, Long version) {
		var writable = scope.writable();
		var official = officials.findForChange(officialId)
			.filter(o -> reach.reaches(o.id(), writable))
			.orElseThrow(() -> new NotFoundException("personnel.official.notFound", officialId));
		scope.refuseOwnCase(officialId);
		if (version == null || version != official.version()) {
			throw new ConflictException("personnel.official.changedMeanwhile", official.fullName());
		}
		var clean = vn.congvu.shared.Texts.clean(username);
		if (clean != null && !clean.isEmpty()) {
			scope.refuseOwnAccount(clean);
			if (!accounts.isPersonalAccount(clean)) {
				throw new InvalidInputException("accountUsername", "personnel.account.notOfficial", clean);
			}
			var other = officials.findByAccountUsername(clean);
			if (other.isPresent() && other.get().id() != officialId) {
				throw new InvalidInputException("accountUsername", "personnel.account.linkedElsewhere", clean);
			}
		}
		official.linkAccount(clean);
		official.touch(clock.instant());
		return officials.saveAndFlush(official).view();
	}

	private PersonnelAction save(Official official, List<PersonnelAction> existing, ActionRecord provisional,
			@Nullable String signer, @Nullable String legalBasis, @Nullable String note) {
		return save(official, existing, provisional, signer, legalBasis, note, true);
	}

	private PersonnelAction save(Official official, List<PersonnelAction> existing, ActionRecord provisional,
			@Nullable String signer, @Nullable String legalBasis, @Nullable String note, boolean publish) {
		var all = new ArrayList<>(records(existing));
		all.add(provisional);
		Career.replay(all, this::scale);
		ServiceAgeRule.check(official.dateOfBirth(), official.sex(), provisional.kind(), provisional.effectiveDate());
		var saved = actions.saveAndFlush(new PersonnelAction(official.id(), official.provinceId(), provisional,
				trim(signer, 120, "decision.signer"), trim(legalBasis, 500, "legalBasis"), trim(note, 1000, "note"),
				clock.instant(), Caller.currentUsername()));
		var everything = new ArrayList<>(records(existing));
		everything.add(saved.record());
		writeEmployment(official, Career.replay(everything, this::scale));
		if (publish) {
			publishRecorded(official, saved);
		}
		return saved;
	}

	private void publishRecorded(Official official, PersonnelAction saved) {
		var recorded = saved.record();
		events.publishEvent(new PersonnelActionRecorded(official.id(), saved.id(), recorded.kind(),
				recorded.effectiveDate(), recorded.unitId(), recorded.cancelsActionId()));
	}

	private void writeEmployment(Official official, Career career) {
		jdbc.sql("DELETE FROM personnel.employment WHERE official_id = :id").param("id", official.id()).update();
		for (var p : career.periods()) {
			jdbc.sql("""
					INSERT INTO personnel.employment (official_id, province_id, valid_from, valid_to, unit_id, category,
					  status, rank_code, salary_scale_code, salary_step, step_start, position_title, position_code,
					  position_since, concurrent_positions, seconded_to, last_action_id)
					VALUES (:official, :province, :from, :to, :unit, :category, :status, :rank, :scale, :step, :stepStart,
					  :position, :positionCode, :positionSince, :concurrent, :seconded, :action)""")
				.param("official", official.id())
				.param("province", official.provinceId())
				.param("from", Date.valueOf(p.validFrom()))
				.param("to", p.validTo() == null ? null : Date.valueOf(p.validTo()))
				.param("unit", p.unitId())
				.param("category", p.category().name())
				.param("status", p.status().name())
				.param("rank", p.rankCode())
				.param("scale", p.salaryScaleCode())
				.param("step", p.salaryStep())
				.param("stepStart", p.stepStart() == null ? null : Date.valueOf(p.stepStart()))
				.param("position", p.positionTitle())
				.param("positionCode", p.positionCode())
				.param("positionSince", p.positionSince() == null ? null : Date.valueOf(p.positionSince()))
				.param("concurrent", p.concurrentPositionsText())
				.param("seconded", p.secondedTo())
				.param("action", p.lastActionId())
				.update();
		}
	}

	private SalaryScale scale(String code, LocalDate date) {
		return catalog.salaryScale(code, date);
	}

	private RankView rankOn(@Nullable String code, LocalDate date) {
		if (code == null || code.isBlank()) {
			throw new InvalidInputException("rankCode", "personnel.action.fieldRequired", "rankCode");
		}
		return catalog.rank(code.strip(), date)
			.orElseThrow(() -> new InvalidInputException("rankCode", "personnel.rank.unknown", code, date));
	}

	private static final java.util.regex.Pattern POSITION_CODE = java.util.regex.Pattern.compile("[A-Za-z0-9._-]{1,20}");

	/**
	 * The job position an action names, checked: a well-formed code, and — when the unit where the official will be has
	 * an approved scheme in force on the date — a position of that scheme; a concurrent post also one the scheme lets
	 * be held concurrently. Without a scheme in force (history before schemes) the code is taken as recorded.
	 */
	private @Nullable String positionCode(RecordAction command, List<PersonnelAction> existing) {
		var kind = command.kind();
		var given = command.positionCode() == null || command.positionCode().isBlank() ? null
				: command.positionCode().strip();
		if (given == null) {
			if (kind.needsPosition()) {
				throw new InvalidInputException("positionCode", "personnel.action.fieldRequired", "positionCode");
			}
			return null;
		}
		if (!kind.placesInPosition()) {
			return null;
		}
		if (!POSITION_CODE.matcher(given).matches()) {
			throw new InvalidInputException("positionCode", "position.position.code.invalid");
		}
		var date = command.effectiveDate();
		Long unitId = command.unitId();
		if (!kind.needsUnit()) {
			var before = Career.replay(records(existing), this::scale).on(date);
			if (before.isEmpty()) {
				return given;
			}
			unitId = before.get().unitId();
		}
		if (unitId == null) {
			return given;
		}
		var scheme = positions.inForce(positions.schemeUnitOf(unitId, date), date);
		if (scheme.isEmpty()) {
			return given;
		}
		var position = scheme.get().position(given);
		if (position.isEmpty()) {
			throw new InvalidInputException("positionCode", "personnel.position.notInScheme", given,
					scheme.get().versionNo(), scheme.get().unitName());
		}
		if (kind == ActionKind.CONCURRENT_POST && !position.get().concurrentAllowed()) {
			throw new InvalidInputException("positionCode", "personnel.position.noConcurrent", given);
		}
		return position.get().code();
	}

	private UnitView unitOn(long unitId, LocalDate date, PersonnelScope.Access writable, String field) {
		boolean reachable = writable.unrestricted()
				|| (writable.root() != null && units.inScopeOn(writable.root(), unitId, date));
		if (!reachable || !units.existsOn(unitId, date)) {
			throw new InvalidInputException(field, "personnel.unit.notExistingOn", unitId, date);
		}
		return units.require(unitId, date);
	}

	private long provinceOf(UnitView unit, LocalDate date) {
		var ancestors = units.ancestorsAsOf(unit.id(), date);
		return ancestors.isEmpty() ? unit.id() : ancestors.get(ancestors.size() - 1).id();
	}

	/** The official, locked for change, if {@code access} reaches them; otherwise as if they did not exist. */
	Official lockForChange(long officialId, PersonnelScope.Access access) {
		return officials.findForChange(officialId)
			.filter(o -> reach.reaches(o.id(), access))
			.orElseThrow(() -> new NotFoundException("personnel.official.notFound", officialId));
	}

	private static List<ActionRecord> records(List<PersonnelAction> actions) {
		return actions.stream().map(PersonnelAction::record).toList();
	}

	/** The text cleaned, or none; longer than {@code max} is refused, never cut (nothing typed is lost unsaid). */
	private static @Nullable String trim(@Nullable String text, int max, String field) {
		var clean = vn.congvu.shared.Texts.clean(text);
		if (clean == null || clean.isEmpty()) {
			return null;
		}
		if (clean.length() > max) {
			throw new InvalidInputException(field, "personnel.record.tooLong", max);
		}
		return clean;
	}

}
