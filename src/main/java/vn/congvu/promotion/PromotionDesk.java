package vn.congvu.promotion;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.congvu.catalog.Catalog;
import vn.congvu.organization.UnitDirectory;
import vn.congvu.personnel.ActionKind;
import vn.congvu.personnel.Category;
import vn.congvu.personnel.PersonnelRecords;
import vn.congvu.personnel.PersonnelRegistry;
import vn.congvu.shared.Caller;
import vn.congvu.shared.ConflictException;
import vn.congvu.shared.DecisionRef;
import vn.congvu.shared.InvalidInputException;
import vn.congvu.shared.NotFoundException;
import vn.congvu.shared.Role;
import vn.congvu.shared.Texts;

/**
 * Runs promotion rounds: a rank exam or title promotion (scores), or the council assessment of Decree 170/2025 (votes),
 * for one higher rank or title within a quota.
 * <ul>
 * <li>Nominations come from the officials' records, each judged by {@link EligibilityRules} on the round's date and
 * kept with its conditions; an ineligible nomination is kept too, and does not sit.</li>
 * <li>Scores are out of 100 and pass from 50; the passes are taken by score within the quota, and a tie at the last
 * place waits for the head's choice (Decree 138/2020 Art. 40 [M]). A council passes someone with more than half of
 * its members' votes, two thirds of the members voting (Decree 170/2025 Art. 24).</li>
 * <li>Nobody marks, publishes or decides a round they are nominated to.</li>
 * <li>The decision changes each successful official's rank by a personnel action, placed on the new scale by the
 * rule of DOMAIN A1 ({@code SalaryStepRule}).</li>
 * </ul>
 */
@Service
@Transactional
public class PromotionDesk {

	/** A discipline bars promotion for this long from its effective date (Decree 112/2020/NĐ-CP Art. 82 [M]). */
	static final int DISCIPLINE_MONTHS = 12;

	public record NewExam(@Nullable Long authorityUnitId, @Nullable String title, @Nullable String targetRankCode,
			@Nullable LocalDate heldOn, @Nullable Integer quota) {
	}

	public record Mark(@Nullable Long officialId, @Nullable Boolean absent, @Nullable BigDecimal score,
			@Nullable Integer votesFor, @Nullable Integer votesCast, @Nullable Integer members) {
	}

	private final PromotionExams exams;

	private final vn.congvu.organization.ScopeGuard guard;

	private final Nominations nominations;

	private final PersonnelRegistry registry;

	private final PersonnelRecords records;

	private final UnitDirectory units;

	private final Catalog catalog;

	private final PromotionRecord record;

	private final Clock clock;

	PromotionDesk(PromotionExams exams, Nominations nominations, PersonnelRegistry registry, PersonnelRecords records, UnitDirectory units,
			Catalog catalog, PromotionRecord record, Clock clock, vn.congvu.organization.ScopeGuard guard) {
		this.guard = guard;
		this.exams = exams;
		this.nominations = nominations;
		this.registry = registry;
		this.records = records;
		this.units = units;
		this.catalog = catalog;
		this.record = record;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<ExamView> exams() {
		var units = guard.unitsEver(readableReach());
		var found = units == null ? exams.findAllByOrderByHeldOnDescIdDesc()
				: exams.findByAuthorityUnitIdInOrderByHeldOnDescIdDesc(units);
		return found.stream().map(PromotionExam::view).toList();
	}

	@Transactional(readOnly = true)
	public ExamView exam(long id) {
		return readable(id).view();
	}

	@Transactional(readOnly = true)
	public List<NominationView> nominations(long examId) {
		readable(examId);
		return nominations.findByExamIdOrderById(examId).stream().map(Nomination::view).toList();
	}

	public ExamView create(NewExam command) {
		long authority = require(command.authorityUnitId(), "authorityUnitId");
		writable(authority);
		var title = Texts.clean(command.title());
		if (title == null || title.isEmpty()) {
			throw new InvalidInputException("title", "promotion.exam.title.required");
		}
		var heldOn = require(command.heldOn(), "heldOn");
		var code = require(command.targetRankCode(), "targetRankCode");
		var rank = catalog.rank(code, heldOn)
			.orElseThrow(() -> new InvalidInputException("targetRankCode", "position.position.rank.unknown", code));
		var category = rank.kind().equals("PUBLIC_EMPLOYEE_TITLE") ? Category.PUBLIC_EMPLOYEE : Category.CIVIL_SERVANT;
		int quota = require(command.quota(), "quota");
		if (quota < 1) {
			throw new InvalidInputException("quota", "promotion.quota.invalid");
		}
		var exam = new PromotionExam(authority, title, PromotionPath.of(category, heldOn), rank.code(), rank.level(),
				heldOn, quota, Caller.currentUsername(), clock.instant());
		return exams.saveAndFlush(exam).view();
	}

	/**
	 * Whether an official may be put forward to the round, condition by condition. Reading the record is logged as an
	 * access, as any opening of it is (so this is not a read-only transaction).
	 */
	public Eligibility eligibility(long examId, long officialId) {
		var exam = readable(examId);
		return judge(exam, officialId);
	}

	/** Puts officials forward; each is judged and kept, eligible or not. */
	public List<NominationView> nominate(long examId, List<Long> officialIds) {
		var exam = readable(examId);
		writable(exam.authorityUnitId());
		exam.require(PromotionExam.Status.NOMINATING);
		var added = new ArrayList<NominationView>();
		for (int i = 0; i < officialIds.size(); i++) {
			var id = officialIds.get(i);
			if (id == null) {
				throw new InvalidInputException("officialIds[" + i + "]", "personnel.action.fieldRequired", "officialId");
			}
			if (nominations.existsByExamIdAndOfficialId(examId, id)) {
				throw new ConflictException("promotion.nomination.twice", id);
			}
			var dossier = dossier(id, exam.heldOn());
			var current = dossier.now() == null ? null : dossier.now().rankCode();
			added.add(nominations.saveAndFlush(new Nomination(examId, id, dossier.official().fullName(),
					current == null ? "-" : current, judge(exam, dossier), Caller.currentUsername())).view());
		}
		return added;
	}

	/** The official's record as it stood on the day a round was held: one scope check, one replay of the career. */
	PersonnelRecords.Overview dossier(long officialId, LocalDate heldOn) {
		return records.overview(officialId, heldOn)
			.orElseThrow(() -> new NotFoundException("personnel.official.notFound", officialId));
	}

	Eligibility judge(PromotionExam exam, long officialId) {
		return judge(exam, dossier(officialId, exam.heldOn()));
	}

	/** Whether the official of {@code dossier} may sit the round, condition by condition, from their record. */
	Eligibility judge(PromotionExam exam, PersonnelRecords.Overview dossier) {
		var official = dossier.official();
		long officialId = official.id();
		var spells = new ArrayList<EligibilityRules.RankSpell>();
		for (var period : dossier.history()) {
			var code = period.rankCode();
			if (code == null) {
				continue;
			}
			var rank = catalog.rank(code, period.validFrom()).or(() -> catalog.rank(code, exam.heldOn()));
			rank.ifPresent(r -> spells.add(new EligibilityRules.RankSpell(period.validFrom(), period.validTo(), code,
					r.level(), r.kind())));
		}
		LocalDate disciplineUntil = null;
		for (var action : dossier.actions()) {
			if (action.kind() == ActionKind.DISCIPLINE && !action.cancelled()
					&& !action.effectiveDate().isAfter(exam.heldOn())) {
				var until = action.effectiveDate().plusMonths(DISCIPLINE_MONTHS).minusDays(1);
				if (disciplineUntil == null || until.isAfter(disciplineUntil)) {
					disciplineUntil = until;
				}
			}
		}
		var facts = new EligibilityRules.Facts(exam.path(), exam.heldOn(), exam.targetLevel(), spells,
				record.rating(officialId, exam.heldOn().getYear() - 1), disciplineUntil,
				official.qualifications().stateManagement(), null);
		return EligibilityRules.judge(facts);
	}

	public ExamView closeNominations(long examId) {
		var exam = readable(examId);
		writable(exam.authorityUnitId());
		exam.closeNominations();
		return exams.saveAndFlush(exam).view();
	}

	/** Scores (exam paths) or the council's votes, per official; all or nothing. */
	public int mark(long examId, List<@Nullable Mark> marks) {
		var exam = readable(examId);
		writable(exam.authorityUnitId());
		exam.require(PromotionExam.Status.EXAMINING);
		var all = nominations.findByExamIdOrderById(examId);
		notANominee(all, "promotion.marks.own");
		for (int i = 0; i < marks.size(); i++) {
			var field = "marks[" + i + "]";
			var m = marks.get(i);
			if (m == null || m.officialId() == null) {
				throw new InvalidInputException(field + ".officialId", "personnel.action.fieldRequired", "officialId");
			}
			var nomination = all.stream().filter(n -> n.officialId() == m.officialId() && n.eligible()).findFirst()
				.orElseThrow(() -> new InvalidInputException(field + ".officialId", "promotion.marks.notNominated",
						m.officialId()));
			if (exam.path().byExam()) {
				boolean absent = Boolean.TRUE.equals(m.absent());
				var score = m.score();
				if (!absent && (score == null || score.signum() < 0 || score.compareTo(BigDecimal.valueOf(100)) > 0)) {
					throw new InvalidInputException(field + ".score", "promotion.score.range");
				}
				nomination.mark(absent, score, Caller.currentUsername());
			}
			else {
				var members = m.members();
				var cast = m.votesCast();
				var votes = m.votesFor();
				if (members == null || members < 1 || members % 2 == 0) {
					throw new InvalidInputException(field + ".members", "promotion.council.members");
				}
				if (cast == null || cast < 0 || cast > members || votes == null || votes < 0 || votes > cast) {
					throw new InvalidInputException(field + ".votesFor", "promotion.council.votes");
				}
				nomination.vote(votes, cast, members, Caller.currentUsername());
			}
		}
		nominations.flush();
		return marks.size();
	}

	/** Publishes the results on a date: passes within the quota by score (or votes); a tie waits for the head. */
	public ExamView publish(long examId, @Nullable LocalDate publishedOn, @Nullable Set<Long> chosenByHead) {
		var exam = readable(examId);
		writable(exam.authorityUnitId());
		var all = nominations.findByExamIdOrderById(examId);
		notANominee(all, "promotion.publish.own");
		var unmarked = all.stream().filter(n -> n.eligible() && !n.marked()).map(Nomination::officialId).toList();
		if (!unmarked.isEmpty()) {
			throw new ConflictException("promotion.publish.unmarked", unmarked.size());
		}
		exam.publish(publishedOn == null ? LocalDate.now(clock) : publishedOn, Caller.currentUsername());
		var outcomes = PromotionRanking.rank(exam.path(), exam.quota(), all.stream().map(Nomination::entry).toList(),
				chosenByHead == null ? Set.of() : chosenByHead);
		var tied = outcomes.stream().filter(PromotionRanking.Outcome::tied).map(o -> String.valueOf(o.officialId()))
			.toList();
		if (!tied.isEmpty()) {
			// nothing is published: the head chooses among them, and the results are published with the choice
			throw new ConflictException("promotion.publish.tied", exam.quota(), String.join(", ", tied));
		}
		var byOfficial = new java.util.HashMap<Long, Nomination>();
		all.forEach(n -> byOfficial.put(n.officialId(), n));
		outcomes.forEach(o -> byOfficial.get(o.officialId()).outcome(o.verdict(), o.rank(), o.reason()));
		nominations.flush();
		return exams.saveAndFlush(exam).view();
	}

	/** The decision: each official who passed moves to the higher rank or title, placed on its scale. */
	public List<Long> decide(long examId, @Nullable DecisionRef decision, @Nullable String signer,
			@Nullable LocalDate effectiveDate) {
		var exam = readable(examId);
		writable(exam.authorityUnitId());
		if (decision == null) {
			throw new InvalidInputException("decision", "validation.decision.required");
		}
		var all = nominations.findByExamIdOrderById(examId);
		notANominee(all, "promotion.decide.own");
		var effective = effectiveDate == null ? decision.date() : effectiveDate;
		var published = exam.resultsPublishedOn();
		if (published != null && effective.isBefore(published)) {
			throw new InvalidInputException("effectiveDate", "promotion.decide.beforeResults", published);
		}
		exam.decide(decision);
		var actions = new ArrayList<Long>();
		for (var n : all) {
			if (n.verdict() != PromotionRanking.Verdict.PASSED) {
				continue;
			}
			var action = registry.record(n.officialId(), PersonnelRegistry.RecordAction
				.rankChange(effective, exam.targetRankCode(), decision)
				.signed(signer, exam.path() == PromotionPath.RANK_COUNCIL ? "Nghị định 170/2025/NĐ-CP, Điều 22–24"
						: "Kỳ thi nâng ngạch, thăng hạng"));
			n.promoted(action.id());
			actions.add(action.id());
		}
		nominations.flush();
		return actions;
	}

	/** Refuses a step of a round to someone nominated to it: nobody marks, publishes or decides their own case. */
	private void notANominee(List<Nomination> all, String messageCode) {
		var nominated = new HashSet<Long>();
		all.forEach(n -> nominated.add(n.officialId()));
		guard.refuseOwnCase(guard.reach(), nominated, messageCode);
	}

	private PromotionExam readable(long id) {
		// the role first: a role that reads no rounds gets one answer, whether the round exists or not
		var reach = readableReach();
		var exam = exams.findById(id).orElseThrow(() -> new NotFoundException("promotion.exam.notFound", id));
		return guard.requireRecord(reach, exam.authorityUnitId(), exam, "promotion.exam.notFound", id);
	}

	/** The caller's reach over promotion rounds: Home Affairs, unit HR and leaders, in their scope. */
	private vn.congvu.organization.ScopeGuard.Reach readableReach() {
		return guard.reach("Promotion is read by Home Affairs, unit HR and leaders", Role.HOME_AFFAIRS, Role.UNIT_HR,
				Role.LEADER);
	}

	private void writable(long unitId) {
		var reach = guard.reach();
		guard.requireUnit(reach, unitId);
		if (!reach.hasRole(Role.HOME_AFFAIRS, Role.UNIT_HR)) {
			throw new AccessDeniedException("Promotion rounds are run by Home Affairs and unit HR");
		}
	}

	private static <T> T require(@Nullable T value, String field) {
		if (value == null) {
			throw new InvalidInputException(field, "personnel.action.fieldRequired", field);
		}
		return value;
	}


}
