package vn.congvu.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import vn.congvu.personnel.PopulationWriter.Person;
import vn.congvu.position.SchemeHistory;
import vn.congvu.recruitment.DriveHistory;

/**
 * The demo's history as of a day. The history is told whole, to {@link DemoPopulation#HORIZON}, whatever the day; this
 * keeps what had happened by the day: the people who had entered service, the steps of their careers that had taken
 * effect, the scheme versions decided (or submitted and awaiting their decision), the drives whose recruits had all
 * taken up their posts, and the promotion rounds whose decision had taken effect. So the demo of a day is the demo of any
 * later day, cut at it.
 */
final class DemoAsOf {

	/** The earliest day the demo can be loaded as of: its organisation runs to the 2025 restructuring. */
	static final LocalDate FIRST = LocalDate.of(2025, 7, 1);

	/** The people kept, and for each person of the whole history their place among them (or -1). */
	record People(List<Person> people, int[] place) {
	}

	private final LocalDate day;

	private final Map<String, Long> units;

	DemoAsOf(LocalDate day, Map<String, Long> units) {
		if (day.isBefore(FIRST) || day.isAfter(DemoPopulation.HORIZON)) {
			throw new IllegalArgumentException("congvu.demo.as-of: the demo province can be loaded as of a day from "
					+ FIRST + " to " + DemoPopulation.HORIZON + ", not " + day);
		}
		this.day = day;
		this.units = units;
	}

	/** The province that holds a record whose last step is of {@code last}: Bạc Liêu's until its merger into Cà Mau. */
	static String provinceKey(LocalDate last) {
		return last.isBefore(FIRST) ? "BL" : "CM";
	}

	LocalDate day() {
		return day;
	}

	People people(List<Person> all) {
		var kept = new ArrayList<Person>();
		var place = new int[all.size()];
		Arrays.fill(place, -1);
		for (int i = 0; i < all.size(); i++) {
			var p = all.get(i);
			var career = p.career().stream().filter(s -> !s.effectiveDate().isAfter(day)).toList();
			if (career.isEmpty()) {
				continue;
			}
			var party = p.partyJoinedOn() != null && !p.partyJoinedOn().isAfter(day) ? p.partyJoinedOn() : null;
			var last = career.get(career.size() - 1).effectiveDate();
			long province = java.util.Objects.requireNonNull(units.get(provinceKey(last)));
			place[i] = kept.size();
			kept.add(new Person(p.citizenId(), p.fullName(), p.dateOfBirth(), p.sex(), p.ethnicGroup(), p.religion(),
					p.homeTown(), p.professionalLevel(), party, province, career));
		}
		return new People(kept, place);
	}

	/** The versions decided by the day, and one submitted by then whose decision came later, as awaiting it. */
	List<SchemeHistory.Decided> schemes(List<DemoSchemes.Version> versions) {
		var kept = new ArrayList<SchemeHistory.Decided>();
		for (var v : versions) {
			var d = v.decided();
			if (d.decision() != null && !d.decision().date().isAfter(day)) {
				kept.add(d);
			}
			else if (!v.submittedOn().isAfter(day)) {
				kept.add(new SchemeHistory.Decided(d.unitId(), d.content(), d.submittedBy(), d.submittedByUnitId(), null,
						null, null));
			}
		}
		return kept;
	}

	/** The drives decided by the day whose recruits had all taken up their posts. */
	List<DriveHistory.PastDrive> drives(List<DriveHistory.PastDrive> drives) {
		return drives.stream()
			.filter(d -> !d.decision().date().isAfter(day) && d.candidates().stream()
				.allMatch(c -> c.recruitedOn() == null || !c.recruitedOn().isAfter(day)))
			.toList();
	}

	/** The promotion rounds whose decision had taken effect. */
	List<DemoRounds.ExamPlan> exams(List<DemoRounds.ExamPlan> exams) {
		return exams.stream().filter(e -> !e.effective().isAfter(day)).toList();
	}

}
