package vn.congvu.personnel;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.congvu.shared.CitizenId;
import vn.congvu.shared.DecisionRef;
import vn.congvu.shared.Sex;

/**
 * Writes whole populations of officials with their careers at once: the demo province and the benchmark generator.
 * Every career is checked by the same rules as decisions recorded one by one ({@link Career}); a rule broken anywhere
 * writes nothing. Internal use only: not for a signed-in caller.
 */
@Service
public class PopulationWriter {

	/** A person and their career, oldest decision first. */
	public record Person(String citizenId, String fullName, java.time.LocalDate dateOfBirth, Sex sex,
			String ethnicGroup, @Nullable String religion, @Nullable String homeTown,
			@Nullable String professionalLevel, java.time.@Nullable LocalDate partyJoinedOn, long provinceId,
			List<Step> career) {
	}

	/** One decision of a career; facts the kind does not use are {@code null}. */
	public record Step(ActionKind kind, java.time.LocalDate effectiveDate, DecisionRef decision,
			@Nullable String signer, @Nullable Long unitId, @Nullable Category category, @Nullable String rankCode,
			@Nullable String salaryScaleCode, @Nullable Integer salaryStep, java.time.@Nullable LocalDate stepStart,
			@Nullable String positionTitle, @Nullable String positionCode, @Nullable String note) {
	}

	private final BulkWriter bulk;

	private final Clock clock;

	PopulationWriter(BulkWriter bulk, Clock clock) {
		this.bulk = bulk;
		this.clock = clock;
	}

	/** Writes the people in the current transaction (one is started when there is none); returns their ids. */
	@Transactional
	public List<Long> write(List<Person> people, String recordedBy) {
		vn.congvu.shared.SystemWork.require("Writing a population");
		var today = java.time.LocalDate.now(clock);
		var now = clock.instant();
		var planned = new ArrayList<BulkWriter.Person>(people.size());
		for (var p : people) {
			var official = new Official(p.provinceId(), new CitizenId(p.citizenId()), p.fullName(), p.dateOfBirth(),
					false, p.sex(), p.ethnicGroup(), now);
			official.religion(p.religion());
			official.contacts(null, p.homeTown(), null, null, null);
			if (p.professionalLevel() != null) {
				official.qualify(new Qualifications("12/12", p.professionalLevel(), null, null, null, null));
			}
			if (p.partyJoinedOn() != null) {
				official.memberships(new Memberships(p.partyJoinedOn(), p.partyJoinedOn().plusYears(1).isAfter(today)
						? null : p.partyJoinedOn().plusYears(1), null, null), today);
			}
			var actions = new ArrayList<BulkWriter.Planned>(p.career().size());
			long id = 1;
			for (var s : p.career()) {
				actions.add(new BulkWriter.Planned(new ActionRecord(id++, s.kind(), s.effectiveDate(), null,
						s.decision(), s.unitId(), s.kind().startsEmployment() ? s.category() : null, s.rankCode(),
						s.salaryScaleCode(), s.salaryStep(), s.stepStart(), s.positionTitle(), s.positionCode(), null,
						false), s.signer(),
						null, s.note()));
			}
			planned.add(new BulkWriter.Person(official, actions));
		}
		var ids = new ArrayList<Long>(people.size());
		for (int from = 0; from < planned.size(); from += 5000) {
			ids.addAll(bulk.write(planned.subList(from, Math.min(planned.size(), from + 5000)), recordedBy, now));
		}
		return ids;
	}

}
