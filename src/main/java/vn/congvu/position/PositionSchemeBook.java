package vn.congvu.position;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.congvu.catalog.Catalog;
import vn.congvu.organization.UnitDirectory;
import vn.congvu.shared.Caller;
import vn.congvu.shared.ConflictException;
import vn.congvu.shared.DecisionRef;
import vn.congvu.shared.InvalidInputException;
import vn.congvu.shared.NotFoundException;
import vn.congvu.shared.Role;
import vn.congvu.shared.Texts;

/**
 * Keeps the units' job-position schemes: drafting, submission, approval, return and revision ("điều chỉnh, bổ sung").
 * <p>
 * Who may do what: Home Affairs, unit HR and leaders read the schemes of units in their scope (the operator reads
 * all); Home Affairs and unit HR draft, edit, submit and revise them; only Home Affairs approves or returns a submitted
 * version, and never one submitted by its own account or from its own scope's root unit — the unit that submits does
 * not approve. The approval records the competent authority's decision (under Decree 62/2020 the provincial People's
 * Committee chair approves after appraisal; DOMAIN §2 leaves the authority under Decree 361/2025 uncertain, so the
 * issuer is what the decision says).
 */
@Service
@Transactional
public class PositionSchemeBook {

	/** The approval of a submitted version: the decision, its signer and the day the version applies from. */
	public record Approval(@Nullable DecisionRef decision, @Nullable String signer, @Nullable LocalDate effectiveFrom) {
	}

	private final PositionSchemes schemes;

	private final UnitDirectory units;

	private final Catalog catalog;

	private final Clock clock;

	private final vn.congvu.organization.ScopeGuard guard;

	PositionSchemeBook(PositionSchemes schemes, UnitDirectory units, Catalog catalog, Clock clock,
			vn.congvu.organization.ScopeGuard guard) {
		this.guard = guard;
		this.schemes = schemes;
		this.units = units;
		this.catalog = catalog;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<SchemeView> schemesOf(long unitId) {
		var name = readableUnitName(unitId);
		return schemes.findByUnitIdOrderByVersionNoDesc(unitId).stream().map(s -> s.view(name)).toList();
	}

	@Transactional(readOnly = true)
	public SchemeView get(long id) {
		mayRead();
		var scheme = schemes.findById(id).orElseThrow(() -> notFound(id));
		if (!readable(scheme.unitId())) {
			throw notFound(id);
		}
		return scheme.view(unitName(scheme.unitId()));
	}

	/** Starts a unit's next version as a draft with the given content. */
	public SchemeView create(long unitId, SchemeContent given) {
		writableUnit(unitId);
		var content = clean(unitId, given);
		if (schemes.findOpen(unitId).isPresent()) {
			throw new ConflictException("position.scheme.openExists", unitName(unitId));
		}
		var scheme = new PositionScheme(unitId, schemes.lastVersionNo(unitId) + 1, null, content,
				Caller.currentUsername(), clock.instant());
		return schemes.saveAndFlush(scheme).view(unitName(unitId));
	}

	/** Replaces a draft's content; {@code expectedVersion} is the version the editor read. */
	public SchemeView edit(long id, SchemeContent given, @Nullable Long expectedVersion) {
		var scheme = writable(id, expectedVersion);
		scheme.edit(clean(scheme.unitId(), given));
		return schemes.saveAndFlush(scheme).view(unitName(scheme.unitId()));
	}

	/** Sends a complete draft for approval. */
	public SchemeView submit(long id, @Nullable Long expectedVersion) {
		var scheme = writable(id, expectedVersion);
		if (scheme.status() != SchemeStatus.DRAFT) {
			throw new ConflictException("position.scheme.notDraft", scheme.versionNo(), scheme.status().name());
		}
		SchemeRules.checkComplete(scheme.content());
		var caller = Caller.current();
		scheme.submit(Caller.currentUsername(), caller.map(Caller::scopeUnitId).orElse(null), clock.instant());
		return schemes.saveAndFlush(scheme).view(unitName(scheme.unitId()));
	}

	/** Home Affairs sends a submitted version back to its unit, saying why. */
	public SchemeView returnToDraft(long id, @Nullable String note, @Nullable Long expectedVersion) {
		var scheme = decidable(id, expectedVersion);
		var reason = Texts.clean(note);
		if (reason == null || reason.isEmpty()) {
			throw new InvalidInputException("note", "position.scheme.returnNote.required");
		}
		if (reason.length() > 1000) {
			throw new InvalidInputException("note", "validation.tooLong", 1000);
		}
		scheme.returnToDraft(reason);
		return schemes.saveAndFlush(scheme).view(unitName(scheme.unitId()));
	}

	/**
	 * Approves a submitted version under the decision: it applies from the effective date (by default the day the
	 * draft proposed), and the version in force until then is superseded from that day.
	 */
	public SchemeView approve(long id, Approval approval, @Nullable Long expectedVersion) {
		var scheme = decidable(id, expectedVersion);
		if (approval.decision() == null) {
			throw new InvalidInputException("decision", "validation.decision.required");
		}
		var signer = Texts.clean(approval.signer());
		if (signer == null || signer.isEmpty()) {
			throw new InvalidInputException("signer", "position.scheme.signer.required");
		}
		if (signer.length() > 120) {
			throw new InvalidInputException("signer", "validation.tooLong", 120);
		}
		var from = approval.effectiveFrom() == null ? scheme.appliesFrom() : approval.effectiveFrom();
		if (scheme.status() != SchemeStatus.SUBMITTED) {
			throw new ConflictException("position.scheme.notSubmitted", scheme.versionNo(), scheme.status().name());
		}
		if (!units.existsOn(scheme.unitId(), from)) {
			throw new InvalidInputException("effectiveFrom", "position.scheme.unitNotExisting", from);
		}
		var content = scheme.content();
		SchemeRules.checkComplete(new SchemeContent(content.title(), from, content.positions(), content.rankShares()));
		var current = schemes.findApproved(scheme.unitId());
		if (current.isPresent()) {
			if (!from.isAfter(current.get().appliesFrom())) {
				throw new InvalidInputException("effectiveFrom", "position.scheme.effectiveBeforeCurrent",
						current.get().versionNo(), current.get().appliesFrom());
			}
			current.get().supersede(from);
			schemes.saveAndFlush(current.get());
		}
		scheme.approve(approval.decision(), signer, from, Caller.currentUsername(), clock.instant());
		return schemes.saveAndFlush(scheme).view(unitName(scheme.unitId()));
	}

	/** "Điều chỉnh, bổ sung": a new draft version with the content of a decided one. */
	public SchemeView revise(long id) {
		mayDraft();
		var source = schemes.findById(id).orElseThrow(() -> notFound(id));
		writableUnit(source.unitId(), id);
		if (!source.status().decided()) {
			throw new ConflictException("position.scheme.reviseUndecided", source.versionNo(), source.status().name());
		}
		if (schemes.findOpen(source.unitId()).isPresent()) {
			throw new ConflictException("position.scheme.openExists", unitName(source.unitId()));
		}
		var content = source.content();
		var proposed = LocalDate.now(clock).isAfter(source.appliesFrom()) ? LocalDate.now(clock)
				: source.appliesFrom().plusDays(1);
		var draft = new PositionScheme(source.unitId(), schemes.lastVersionNo(source.unitId()) + 1, source.id(),
				new SchemeContent(content.title(), proposed, content.positions(), content.rankShares()),
				Caller.currentUsername(), clock.instant());
		return schemes.saveAndFlush(draft).view(unitName(source.unitId()));
	}

	/** What changed from version {@code fromId} to version {@code toId} of the same unit. */
	@Transactional(readOnly = true)
	public SchemeDiff diff(long fromId, long toId) {
		var from = get(fromId);
		var to = get(toId);
		if (from.unitId() != to.unitId()) {
			throw new InvalidInputException("against", "position.scheme.diffOtherUnit");
		}
		return SchemeDiff.between(from, to);
	}

	private SchemeContent clean(long unitId, SchemeContent given) {
		var content = SchemeRules.clean(given.title(), given.appliesFrom(), given.positions(), given.rankShares(),
				catalog);
		if (!units.existsOn(unitId, content.appliesFrom())) {
			throw new InvalidInputException("appliesFrom", "position.scheme.unitNotExisting", content.appliesFrom());
		}
		return content;
	}

	private PositionScheme writable(long id, @Nullable Long expectedVersion) {
		mayDraft();
		var scheme = schemes.findById(id).orElseThrow(() -> notFound(id));
		writableUnit(scheme.unitId(), id);
		checkVersion(scheme, expectedVersion);
		return scheme;
	}

	private PositionScheme decidable(long id, @Nullable Long expectedVersion) {
		guard.reach("Job-position schemes are approved by Home Affairs", Role.HOME_AFFAIRS);
		var scheme = schemes.findById(id).orElseThrow(() -> notFound(id));
		var reach = guard.reach();
		var caller = reach.caller();
		if (caller != null) {
			if (!readable(scheme.unitId())) {
				throw notFound(id);
			}
			if (caller.role() != Role.HOME_AFFAIRS) {
				throw new AccessDeniedException("Job-position schemes are approved by Home Affairs");
			}
			var submitterUnit = scheme.submittedByUnitId();
			if (caller.username().equals(scheme.submittedBy())
					|| (submitterUnit != null && submitterUnit.equals(caller.scopeUnitId()))) {
				throw new ConflictException("position.scheme.ownSubmission");
			}
		}
		checkVersion(scheme, expectedVersion);
		return scheme;
	}

	private static void checkVersion(PositionScheme scheme, @Nullable Long expectedVersion) {
		if (expectedVersion == null || expectedVersion != scheme.version()) {
			throw new ConflictException("position.scheme.changedMeanwhile", scheme.versionNo());
		}
	}

	/**
	 * The role first, before any scheme is looked up: a role that may not do this gets one answer, whether the scheme
	 * exists or not (an official used to get 403 for an existing scheme and 404 for a missing one).
	 */
	private void mayRead() {
		var reach = guard.reach();
		if (!reach.system() && reach.hasRole(Role.OFFICIAL)) {
			throw new AccessDeniedException("Officials do not read job-position schemes");
		}
	}

	private void mayDraft() {
		guard.reach("Job-position schemes are drafted by Home Affairs and unit HR", Role.HOME_AFFAIRS, Role.UNIT_HR);
	}

	private void writableUnit(long unitId) {
		writableUnit(unitId, null);
	}

	private void writableUnit(long unitId, @Nullable Long schemeId) {
		var reach = guard.reach();
		if (reach.system()) {
			unitName(unitId);
			return;
		}
		if (!guard.covers(reach, unitId)) {
			throw schemeId == null ? new NotFoundException("organization.unit.notFound", unitId) : notFound(schemeId);
		}
		if (!reach.hasRole(Role.HOME_AFFAIRS, Role.UNIT_HR)) {
			throw new AccessDeniedException("Job-position schemes are drafted by Home Affairs and unit HR");
		}
	}

	private String readableUnitName(long unitId) {
		if (!readable(unitId)) {
			throw new NotFoundException("organization.unit.notFound", unitId);
		}
		return unitName(unitId);
	}

	private boolean readable(long unitId) {
		var reach = guard.reach();
		if (reach.system() || reach.hasRole(Role.SYSTEM_ADMIN)) {
			// the operator reads every scheme (reference data of the organisation, no people in it)
			return true;
		}
		if (reach.hasRole(Role.OFFICIAL)) {
			throw new AccessDeniedException("Officials do not read job-position schemes");
		}
		return guard.covers(reach, unitId);
	}

	private String unitName(long unitId) {
		var name = units.namesAsOf(List.of(unitId), LocalDate.now(clock)).get(unitId);
		if (name == null) {
			throw new NotFoundException("organization.unit.notFound", unitId);
		}
		return name;
	}

	private static NotFoundException notFound(long id) {
		return new NotFoundException("position.scheme.notFound", id);
	}

}
