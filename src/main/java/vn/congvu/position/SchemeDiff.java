package vn.congvu.position;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * What changed between two versions of a unit's scheme: positions added, removed and changed (field by field, matched
 * by code), and rank levels whose target share changed.
 */
public record SchemeDiff(long fromId, int fromVersionNo, long toId, int toVersionNo, List<JobPosition> added,
		List<JobPosition> removed, List<Changed> changed, List<ShareChange> shares) {

	/** A field of a position that differs: its name and its values before and after. */
	public record FieldChange(String field, @Nullable Object before, @Nullable Object after) {
	}

	public record Changed(String code, String name, List<FieldChange> fields) {
	}

	public record ShareChange(String rankLevel, java.math.@Nullable BigDecimal before,
			java.math.@Nullable BigDecimal after) {
	}

	static SchemeDiff between(SchemeView from, SchemeView to) {
		var before = byCode(from.positions());
		var after = byCode(to.positions());
		var added = new ArrayList<JobPosition>();
		var changed = new ArrayList<Changed>();
		after.forEach((code, p) -> {
			var old = before.get(code);
			if (old == null) {
				added.add(p);
				return;
			}
			var fields = fields(old, p);
			if (!fields.isEmpty()) {
				changed.add(new Changed(p.code(), p.name(), fields));
			}
		});
		var removed = before.entrySet().stream().filter(e -> !after.containsKey(e.getKey())).map(Map.Entry::getValue)
			.toList();
		var shares = new ArrayList<ShareChange>();
		for (var level : SchemeRules.RANK_LEVELS) {
			var was = share(from.rankShares(), level);
			var is = share(to.rankShares(), level);
			if (was == null ? is != null : (is == null || was.compareTo(is) != 0)) {
				shares.add(new ShareChange(level, was, is));
			}
		}
		return new SchemeDiff(from.id(), from.versionNo(), to.id(), to.versionNo(), List.copyOf(added),
				List.copyOf(removed), List.copyOf(changed), List.copyOf(shares));
	}

	private static Map<String, JobPosition> byCode(List<JobPosition> positions) {
		var map = new LinkedHashMap<String, JobPosition>();
		positions.forEach(p -> map.put(p.code().toUpperCase(Locale.ROOT), p));
		return map;
	}

	private static java.math.@Nullable BigDecimal share(List<RankShare> shares, String level) {
		return shares.stream().filter(s -> s.rankLevel().equals(level)).map(RankShare::targetPct).findFirst()
			.orElse(null);
	}

	private static List<FieldChange> fields(JobPosition a, JobPosition b) {
		var list = new ArrayList<FieldChange>();
		compare(list, "name", a.name(), b.name());
		compare(list, "group", a.group(), b.group());
		compare(list, "rankCode", a.rankCode(), b.rankCode());
		compare(list, "minDegree", a.minDegree(), b.minDegree());
		compare(list, "majors", a.majors(), b.majors());
		compare(list, "stateManagement", a.stateManagement(), b.stateManagement());
		compare(list, "politicalTheory", a.politicalTheory(), b.politicalTheory());
		compare(list, "languageRequired", a.languageRequired(), b.languageRequired());
		compare(list, "itRequired", a.itRequired(), b.itRequired());
		compare(list, "headcount", a.headcount(), b.headcount());
		compare(list, "concurrentAllowed", a.concurrentAllowed(), b.concurrentAllowed());
		compare(list, "jobDescription", a.jobDescription(), b.jobDescription());
		compare(list, "competencyFramework", a.competencyFramework(), b.competencyFramework());
		return list;
	}

	private static void compare(List<FieldChange> list, String field, @Nullable Object a, @Nullable Object b) {
		if (!Objects.equals(a, b)) {
			list.add(new FieldChange(field, a, b));
		}
	}

}
