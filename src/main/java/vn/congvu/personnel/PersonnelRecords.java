package vn.congvu.personnel;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.congvu.audit.AuditTrail;
import vn.congvu.catalog.Catalog;
import vn.congvu.catalog.SalaryScale;
import vn.congvu.shared.Caller;
import vn.congvu.shared.NotFoundException;

/**
 * The personnel records as they read: an official's record, actions, employment on a date and over time, and the
 * dates the law derives from them. Every answer is limited to the caller's scope: an official outside it is answered
 * exactly like one that does not exist. Changes go through {@link PersonnelRegistry}.
 */
@Service
@Transactional(readOnly = true)
public class PersonnelRecords implements vn.congvu.shared.LinkedRecords {

	private final Officials officials;

	private final PersonnelActions actions;

	private final PersonnelScope scope;

	private final OfficialReach reach;

	private final Catalog catalog;

	private final AuditTrail audit;

	private final Attachments attachments;

	PersonnelRecords(Officials officials, PersonnelActions actions, PersonnelScope scope, OfficialReach reach,
			Catalog catalog, AuditTrail audit, Attachments attachments) {
		this.attachments = attachments;
		this.officials = officials;
		this.actions = actions;
		this.scope = scope;
		this.reach = reach;
		this.catalog = catalog;
		this.audit = audit;
	}

	/** The citizen id of the official whose record is linked to an account, if any (who someone signed in is). */
	public Optional<String> citizenIdOfAccount(String username) {
		return officials.findByAccountUsername(username).map(Official::citizenId);
	}

	/** The official whose record is linked to an account, if any. */
	public Optional<Long> officialIdOfAccount(String username) {
		return officials.findByAccountUsername(username).map(Official::id);
	}

	@Override
	public Optional<Long> officialOf(String username) {
		return officialIdOfAccount(username);
	}

	/**
	 * The id of the record kept under a citizen id, whoever's scope it lies in: a recruiting authority reuses the
	 * record of someone who served before rather than opening a second one (citizen ids are unique across the
	 * province). Only the id is answered.
	 */
	public Optional<Long> officialIdByCitizenId(String citizenId) {
		return officials.findIdByCitizenId(citizenId);
	}

	/**
	 * The official's record; opening it by anyone but its owner is written to the access log (a write, so not a
	 * read-only transaction).
	 */
	@Transactional
	public Optional<OfficialView> official(long id) {
		var readable = scope.readable();
		var found = officials.findById(id).filter(o -> reach.reaches(o.id(), readable));
		found.ifPresent(o -> {
			var caller = Caller.current();
			if (caller.isPresent() && !caller.get().username().equals(o.accountUsername())) {
				audit.recordAccess("Official", Long.toString(o.id()), "VIEW");
			}
		});
		return found.map(Official::view);
	}

	public List<ActionView> actions(long officialId) {
		requireVisible(officialId);
		var all = actions.findByOfficialIdOrderByEffectiveDateAscIdAsc(officialId);
		var cancelled = new HashSet<Long>();
		all.forEach(a -> {
			if (a.record().cancelsActionId() != null) {
				cancelled.add(a.record().cancelsActionId());
			}
		});
		return all.stream().map(a -> a.view(cancelled.contains(a.id()))).toList();
	}

	/** The official's employment on a date, if they were employed then. */
	public Optional<EmploymentPeriod> employment(long officialId, LocalDate date) {
		requireVisible(officialId);
		return career(officialId).on(date);
	}

	public List<EmploymentPeriod> employmentHistory(long officialId) {
		requireVisible(officialId);
		return career(officialId).periods();
	}

	/** The next regular salary step, the seniority allowance and the retirement date, as of {@code today}. */
	public Forecast forecast(long officialId, LocalDate today) {
		requireVisible(officialId);
		var official = officials.findById(officialId).orElseThrow();
		return forecast(official, career(officialId), today);
	}

	private Forecast forecast(Official official, Career career, LocalDate today) {
		var retirement = RetirementRule.retirementDate(official.dateOfBirth(), official.sex());
		var age = RetirementRule.retirementAge(official.dateOfBirth(), official.sex());
		LocalDate nextStep = null;
		int seniority = 0;
		LocalDate seniorityFrom = null;
		var now = career.on(today).or(career::latest);
		if (now.isPresent() && now.get().salaryScaleCode() != null && now.get().salaryStep() != null
				&& now.get().stepStart() != null && career.on(today).isPresent()) {
			var scale = scale(now.get().salaryScaleCode(), today);
			int step = now.get().salaryStep();
			// delays from discipline come with the discipline module (Circular 08/2013, Art. 2(1)(b)): none yet
			nextStep = SalaryStepRule.nextStepDate(scale, step, now.get().stepStart(), 0)
				.filter(d -> d.isBefore(retirement))
				.orElse(null);
			seniority = SalaryStepRule.seniorityPercent(scale, step, now.get().stepStart(), today);
			seniorityFrom = SalaryStepRule.seniorityStart(scale, step, now.get().stepStart()).orElse(null);
		}
		return new Forecast(nextStep, seniority, seniorityFrom, retirement, age.getYears(), age.getMonths());
	}

	/** Everything the record page shows, read with one scope check and one replay of the career. */
	public record Overview(OfficialView official, List<ActionView> actions, List<EmploymentPeriod> history,
			@Nullable EmploymentPeriod now, Forecast forecast, boolean own) {
	}

	/**
	 * The record with its career, employment today and derived dates; opening it by anyone but its owner is written
	 * to the access log.
	 */
	/** What a record's page shows: the record's overview and the files attached to it. */
	public record Page(Overview overview, List<Attachments.View> attachments) {
	}

	/** The lists of a record that a page may leave unread when it does not show them. */
	public enum Part {

		DEGREES, FAMILY, PRIOR_WORK

	}

	/**
	 * The record's page: its overview and its files, read in one transaction after one check of the caller's reach; of
	 * the record's lists only {@code parts}, those the page shows (a tab), the others empty. Each list is a query of its
	 * own: a tenth of the page's work with 32 clients (issue 19).
	 */
	@Transactional
	public Optional<Page> page(long officialId, LocalDate today, Set<Part> parts) {
		return Optional.ofNullable(overviews(List.of(officialId), today, parts).get(officialId))
			.map(o -> new Page(o, attachments.listed(officialId)));
	}

	/** The record's overview; its opening is written to the access log (see overviews), so not read-only. */
	@Transactional
	public Optional<Overview> overview(long officialId, LocalDate today) {
		return Optional.ofNullable(overviews(List.of(officialId), today).get(officialId));
	}

	/**
	 * The overviews of many records at once, by official id: those the caller reaches, read with one scope check and
	 * one query each for the records and their actions (a round's nominees, a drive's candidates); each opening by
	 * anyone but the record's owner is written to the access log.
	 */
	@Transactional
	public Map<Long, Overview> overviews(Collection<Long> officialIds, LocalDate today) {
		return overviews(officialIds, today, java.util.EnumSet.allOf(Part.class));
	}

	private Map<Long, Overview> overviews(Collection<Long> officialIds, LocalDate today, Set<Part> parts) {
		var reached = reach.of(officialIds, scope.readable());
		if (reached.isEmpty()) {
			return Map.of();
		}
		var ids = reached.toArray(Long[]::new);
		// one record (its page): the finders whose plans Hibernate keeps, cheaper than mapping a native query's rows
		var found = ids.length == 1 ? officials.findById(ids[0]).stream().toList() : officials.findByIds(ids);
		var caller = Caller.current();
		var opened = found.stream()
			.filter(o -> caller.isPresent() && !caller.get().username().equals(o.accountUsername()))
			.map(o -> Long.toString(o.id()))
			.toList();
		if (!opened.isEmpty()) {
			audit.recordAccess("Official", opened, "VIEW");
		}
		var byOfficial = new HashMap<Long, List<PersonnelAction>>();
		for (var action : ids.length == 1 ? actions.findByOfficialIdOrderByEffectiveDateAscIdAsc(ids[0])
				: actions.findOfOfficials(ids)) {
			byOfficial.computeIfAbsent(action.officialId(), id -> new ArrayList<>()).add(action);
		}
		var result = new LinkedHashMap<Long, Overview>();
		for (var official : found) {
			var all = byOfficial.getOrDefault(official.id(), List.of());
			var cancelled = new HashSet<Long>();
			all.forEach(a -> {
				if (a.record().cancelsActionId() != null) {
					cancelled.add(a.record().cancelsActionId());
				}
			});
			var career = Career.replay(records(all), this::scale);
			boolean own = caller.isPresent() && caller.get().username().equals(official.accountUsername());
			result.put(official.id(), new Overview(official.view(parts),
					all.stream().map(a -> a.view(cancelled.contains(a.id()))).toList(), career.periods(),
					career.on(today).orElse(null), forecast(official, career, today), own));
		}
		return result;
	}

	private Career career(long officialId) {
		return Career.replay(records(actions.findByOfficialIdOrderByEffectiveDateAscIdAsc(officialId)), this::scale);
	}

	private void requireVisible(long officialId) {
		if (!reach.reaches(officialId, scope.readable())) {
			throw new NotFoundException("personnel.official.notFound", officialId);
		}
	}

	private SalaryScale scale(String code, LocalDate date) {
		return catalog.salaryScale(code, date);
	}

	private static List<ActionRecord> records(List<PersonnelAction> actions) {
		return actions.stream().map(PersonnelAction::record).toList();
	}

}
