package vn.congvu.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.core.io.ClassPathResource;

import vn.congvu.organization.UnitRestructuring;
import vn.congvu.organization.UnitRestructuring.NewUnit;
import vn.congvu.organization.UnitType;
import vn.congvu.shared.DecisionRef;

/**
 * Replays {@code demo/bac-lieu-organization.psv} through {@link UnitRestructuring}, so that the demo's history is made
 * by the same rules, events and audit rows as a user's. The file's header explains its lines and sources.
 */
final class DemoOrganization {

	static final String RESOURCE = "demo/bac-lieu-organization.psv";

	private final UnitRestructuring restructuring;

	/** Ends a step of the load: what it wrote is flushed and the session forgets it. */
	private final Runnable settle;

	private final Map<String, DecisionRef> decisions = new HashMap<>();

	private final Map<String, Long> units = new HashMap<>();

	/** How a unit ended: merged into, split into, or dissolved; on which day and by which decision. */
	record Fate(vn.congvu.organization.RestructuringKind kind, LocalDate date, DecisionRef decision,
			List<String> successors) {
	}

	/** A unit of the file as created: its type, name, parent key and first day. */
	record Created(String key, UnitType type, String name, String parentKey, LocalDate from) {
	}

	private final Map<String, Fate> fates = new HashMap<>();

	private final Map<String, Created> created = new java.util.LinkedHashMap<>();

	Map<String, Fate> fates() {
		return Map.copyOf(fates);
	}

	/** The units in the order the file creates them. */
	List<Created> created() {
		return List.copyOf(created.values());
	}

	Map<String, DecisionRef> decisions() {
		return Map.copyOf(decisions);
	}

	/**
	 * @param settle run after each line of the file: the whole load is one transaction, and a session that kept every
	 * unit, version and restructuring would check them all again at each query and flush
	 */
	DemoOrganization(UnitRestructuring restructuring, Runnable settle) {
		this.restructuring = restructuring;
		this.settle = settle;
	}

	/** Loads the whole file; returns the ids of the units by their keys in the file. */
	Map<String, Long> load() throws IOException {
		try (var reader = new BufferedReader(
				new InputStreamReader(new ClassPathResource(RESOURCE).getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			int number = 0;
			while ((line = reader.readLine()) != null) {
				number++;
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				try {
					apply(line.split("\\|", -1));
					settle.run();
				}
				catch (RuntimeException ex) {
					throw new IllegalStateException(RESOURCE + " line " + number + ": " + line, ex);
				}
			}
		}
		return Map.copyOf(units);
	}

	private void apply(String[] f) {
		switch (f[0]) {
			case "decision" -> decisions.put(f[1], new DecisionRef(f[2], LocalDate.parse(f[3]), f[4]));
			case "create" -> {
				var outcome = restructuring.create(new UnitRestructuring.CreateUnit(
						new NewUnit(blankToNull(f[5]), f[7], UnitType.valueOf(f[4]), parent(f[6])), date(f[1]),
						decision(f[2]), null));
				units.put(f[3], outcome.createdUnitIds().get(0));
				created.put(f[3], new Created(f[3], UnitType.valueOf(f[4]), f[7], f[6], date(f[1])));
			}
			case "merge" -> {
				restructuring.merge(new UnitRestructuring.MergeUnits(keys(f[4]), unit(f[3]), null, date(f[1]),
						decision(f[2]), null));
				for (var source : f[4].split(",")) {
					fates.put(source.strip(), new Fate(vn.congvu.organization.RestructuringKind.MERGE, date(f[1]), decision(f[2]), List.of(f[3])));
				}
			}
			case "mergenew" -> {
				var outcome = restructuring.merge(new UnitRestructuring.MergeUnits(keys(f[8]), null,
						new NewUnit(blankToNull(f[5]), f[7], UnitType.valueOf(f[4]), parent(f[6])), date(f[1]),
						decision(f[2]), null));
				units.put(f[3], outcome.createdUnitIds().get(0));
				created.put(f[3], new Created(f[3], UnitType.valueOf(f[4]), f[7], f[6], date(f[1])));
				for (var source : f[8].split(",")) {
					fates.put(source.strip(), new Fate(vn.congvu.organization.RestructuringKind.MERGE, date(f[1]), decision(f[2]), List.of(f[3])));
				}
			}
			case "split" -> {
				var parts = new ArrayList<UnitRestructuring.SplitPart>();
				var keys = new ArrayList<String>();
				for (var part : f[4].split(";")) {
					var p = part.split(":", -1);
					keys.add(p[0]);
					parts.add(new UnitRestructuring.SplitPart(
							new NewUnit(blankToNull(p[2]), p[4], UnitType.valueOf(p[1]), parent(p[3])), List.of()));
				}
				var outcome = restructuring.split(new UnitRestructuring.SplitUnit(unit(f[3]), parts, false,
						date(f[1]), decision(f[2]), null));
				for (int i = 0; i < keys.size(); i++) {
					units.put(keys.get(i), outcome.createdUnitIds().get(i));
					var p = f[4].split(";")[i].split(":", -1);
					created.put(keys.get(i), new Created(keys.get(i), UnitType.valueOf(p[1]), p[4], p[3], date(f[1])));
				}
				fates.put(f[3], new Fate(vn.congvu.organization.RestructuringKind.SPLIT, date(f[1]), decision(f[2]), List.copyOf(keys)));
			}
			case "rename" -> restructuring.amend(new UnitRestructuring.AmendUnit(unit(f[3]), f[4], null, null, null,
					date(f[1]), decision(f[2]), null));
			case "dissolve" -> {
				restructuring.dissolve(new UnitRestructuring.DissolveUnit(unit(f[3]), date(f[1]), decision(f[2]), null));
				fates.put(f[3], new Fate(vn.congvu.organization.RestructuringKind.DISSOLVE, date(f[1]), decision(f[2]), List.of()));
			}
			default -> throw new IllegalArgumentException("unknown operation " + f[0]);
		}
	}

	private static LocalDate date(String text) {
		return LocalDate.parse(text);
	}

	private DecisionRef decision(String key) {
		var decision = decisions.get(key);
		if (decision == null) {
			throw new IllegalArgumentException("unknown decision " + key);
		}
		return decision;
	}

	private long unit(String key) {
		var id = units.get(key);
		if (id == null) {
			throw new IllegalArgumentException("unknown unit " + key);
		}
		return id;
	}

	private Long parent(String key) {
		return key.isBlank() ? null : unit(key);
	}

	private List<Long> keys(String list) {
		return Arrays.stream(list.split(",")).map(String::strip).map(this::unit).toList();
	}

	private static String blankToNull(String text) {
		return text.isBlank() ? null : text;
	}

}
