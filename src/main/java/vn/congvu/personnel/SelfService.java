package vn.congvu.personnel;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.congvu.shared.Caller;
import vn.congvu.shared.ConflictException;
import vn.congvu.shared.InvalidInputException;
import vn.congvu.shared.NotFoundException;
import vn.congvu.shared.Texts;

/**
 * What an official does with their own record (Law 80/2025 Art. 42): sees it, keeps their contacts up to date, and
 * asks HR to correct anything else. HR of the official's scope decides on the requests ({@link #pending()},
 * {@link #decide}); an approved request changes the record in the same transaction; nobody decides their own request.
 */
@Service
@Transactional
public class SelfService {

	private final PersonnelRegistry registry;

	private final OfficialReach reach;

	private final PersonnelScope scope;

	private final CorrectionRequests requests;

	private final Officials officials;

	private final Clock clock;

	private final Attachments attachments;

	private final vn.congvu.catalog.Catalog catalog;

	SelfService(PersonnelRegistry registry, OfficialReach reach, PersonnelScope scope, CorrectionRequests requests, Officials officials,
			vn.congvu.catalog.Catalog catalog, Attachments attachments, Clock clock) {
		this.attachments = attachments;
		this.catalog = catalog;
		this.registry = registry;
		this.reach = reach;
		this.scope = scope;
		this.requests = requests;
		this.officials = officials;
		this.clock = clock;
	}

	/**
	 * The code of the catalog item {@code value} names in {@code list}: its code, or its name in either language, case
	 * and accents aside ("thac si" is THS); a value the list does not hold is refused now, not when HR approves.
	 */
	private String catalogCode(String list, String value) {
		var key = vn.congvu.shared.VietnameseOrder.searchKey(value);
		for (var item : catalog.items(list)) {
			if (item.code().equalsIgnoreCase(value) || vn.congvu.shared.VietnameseOrder.searchKey(item.nameVi()).equals(key)
					|| vn.congvu.shared.VietnameseOrder.searchKey(item.nameEn()).equals(key)) {
				return item.code();
			}
		}
		throw new InvalidInputException("proposedValue", "correction.value.notInList", value);
	}

	/** The signed-in official's own record, if their account is linked to one. */
	@Transactional(readOnly = true)
	public Optional<OfficialView> mine() {
		return scope.self().flatMap(officials::findById).map(Official::view);
	}

	/** The contacts an official changes without asking: residence, phone and e-mail. Nothing else. */
	public OfficialView updateContacts(Long version, @Nullable String residence, @Nullable String phone,
			@Nullable String email) {
		var official = registry.lockForChange(requireSelf(), scope.readable());
		if (version == null || version != official.version()) {
			throw new ConflictException("personnel.official.changedMeanwhile", official.fullName());
		}
		var v = official.view();
		registry.apply(official, PersonnelRegistry.UpdateOfficial.personal(version,
				new PersonnelRegistry.PersonalDetails(v.citizenId(), v.fullName(), v.dateOfBirth(), v.birthYearOnly(),
						v.sex(), v.ethnicGroup(), v.religion(), v.birthplace(), v.homeTown(), residence, phone,
						email)));
		return official.view();
	}

	public CorrectionView requestCorrection(@Nullable CorrectableField field, @Nullable String proposedValue,
			@Nullable String reason) {
		return requestCorrection(field, proposedValue, reason, null, null);
	}

	/**
	 * A correction request with a file of evidence (a scan of a birth certificate, a degree), kept with the record and
	 * tied to the request; a file refused (its type, its size) refuses the request with it: nothing is kept.
	 */
	public CorrectionView requestCorrection(@Nullable CorrectableField field, @Nullable String proposedValue,
			@Nullable String reason, @Nullable String evidenceName, byte @Nullable [] evidence) {
		var official = registry.lockForChange(requireSelf(), scope.readable());
		if (field == null) {
			throw new InvalidInputException("field", "personnel.record.required");
		}
		var why = Texts.clean(reason);
		if (why == null || why.isEmpty()) {
			throw new InvalidInputException("reason", "personnel.record.required");
		}
		if (why.length() > 1000) {
			throw new InvalidInputException("reason", "personnel.record.tooLong", 1000);
		}
		var proposed = Texts.clean(proposedValue);
		if (proposed != null && proposed.length() > 500) {
			throw new InvalidInputException("proposedValue", "personnel.record.tooLong", 500);
		}
		if (field != CorrectableField.OTHER && (proposed == null || proposed.isEmpty())) {
			throw new InvalidInputException("proposedValue", "personnel.record.required");
		}
		var list = field.catalogList();
		if (list != null && proposed != null) {
			proposed = catalogCode(list, proposed);
		}
		var current = official.view();
		if (field != CorrectableField.OTHER) {
			// a value that could never be applied is refused now, not when HR approves it
			field.change(current, proposed);
		}
		var saved = requests.saveAndFlush(new CorrectionRequest(official.id(), field, field.valueIn(current), proposed,
				why, Caller.currentUsername(), clock.instant()));
		var view = saved.view(official.fullName());
		if (evidence != null && evidence.length > 0) {
			view = view.withEvidence(List.of(attachments.addEvidence(official.id(), saved.id(), evidenceName, evidence)));
		}
		return view;
	}

	@Transactional(readOnly = true)
	public List<CorrectionView> myRequests() {
		var self = scope.self();
		if (self.isEmpty()) {
			return List.of();
		}
		var name = officials.findById(self.get()).map(Official::fullName).orElse("");
		var mine = requests.findByOfficialIdOrderByRequestedAtDesc(self.get());
		var evidence = attachments.evidenceOf(mine.stream().map(CorrectionRequest::id).toList());
		return mine.stream().map(r -> r.view(name).withEvidence(evidence.getOrDefault(r.id(), List.of()))).toList();
	}

	/** Requests waiting for a decision, of the officials the caller (HR) may change. */
	@Transactional(readOnly = true)
	public List<CorrectionView> pending() {
		var access = scope.writable();
		var pending = requests.findByStatusOrderByRequestedAt(CorrectionRequest.Status.PENDING);
		var reachable = reach.of(pending.stream().map(CorrectionRequest::officialId).distinct().toList(),
				access);
		var names = new java.util.HashMap<Long, String>();
		officials.findAllById(reachable).forEach(o -> names.put(o.id(), o.fullName()));
		var shown = pending.stream().filter(r -> reachable.contains(r.officialId())).toList();
		var evidence = attachments.evidenceOf(shown.stream().map(CorrectionRequest::id).toList());
		return shown.stream()
			.map(r -> r.view(names.getOrDefault(r.officialId(), ""))
				.withEvidence(evidence.getOrDefault(r.id(), List.of())))
			.toList();
	}

	/**
	 * Approves (and applies) or rejects a request. Refused when the decider asked for it, or when it is their own
	 * record; a request decided meanwhile is a conflict.
	 */
	public CorrectionView decide(long requestId, boolean approve, @Nullable String note, @Nullable Long version) {
		var access = scope.writable();
		var request = requests.findById(requestId)
			.filter(r -> reach.reaches(r.officialId(), access))
			.orElseThrow(() -> new NotFoundException("personnel.correction.notFound", requestId));
		if (version == null || version != request.version()) {
			throw new ConflictException("personnel.correction.alreadyDecided", requestId);
		}
		var official = registry.lockForChange(request.officialId(), access);
		var decider = Caller.currentUsername();
		if (decider.equals(official.accountUsername())) {
			throw new InvalidInputException("decision", "personnel.correction.ownRecord");
		}
		var clean = Texts.clean(note);
		if (clean != null && clean.length() > 1000) {
			throw new InvalidInputException("note", "personnel.record.tooLong", 1000);
		}
		request.decide(approve, decider, clean == null || clean.isEmpty() ? null : clean, clock.instant());
		if (approve && request.field() != CorrectableField.OTHER) {
			var proposed = request.proposedValue();
			registry.apply(official, request.field().change(official.view(), proposed == null ? "" : proposed));
		}
		return requests.saveAndFlush(request)
			.view(official.fullName())
			.withEvidence(attachments.evidenceOf(List.of(request.id())).getOrDefault(request.id(), List.of()));
	}

	private long requireSelf() {
		var caller = Caller.current();
		if (caller.isEmpty() || caller.get().role() != vn.congvu.shared.Role.OFFICIAL) {
			throw new AccessDeniedException("only an official changes their own record this way");
		}
		return scope.self().orElseThrow(() -> new NotFoundException("personnel.self.notLinked"));
	}

}
