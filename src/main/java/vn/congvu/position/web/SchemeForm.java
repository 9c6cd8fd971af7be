package vn.congvu.position.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import vn.congvu.position.JobPosition;
import vn.congvu.position.PositionGroup;
import vn.congvu.position.RankShare;
import vn.congvu.position.SchemeContent;
import vn.congvu.position.SchemeView;
import vn.congvu.shared.web.Formats;

/**
 * The draft editor's form, as typed: the title, the day it applies from, one row per position (empty rows are
 * ignored), and the target share of each rank level (empty levels are left out).
 */
public class SchemeForm {

	/** Rows offered beyond those filled, for new positions. */
	static final int SPARE_ROWS = 3;

	static final List<String> LEVELS = List.of("SENIOR_EXPERT", "SENIOR", "PRINCIPAL", "SPECIALIST", "OFFICER", "STAFF");

	private @Nullable String title;

	private @Nullable String appliesFrom;

	private @Nullable Long version;

	private List<Row> positions = new ArrayList<>();

	private List<@Nullable String> shares = new ArrayList<>();

	/** One position as typed. */
	public static class Row {

		private @Nullable String code;

		private @Nullable String name;

		private @Nullable String group;

		private @Nullable String rankCode;

		private @Nullable String minDegree;

		private @Nullable String majors;

		private @Nullable String politicalTheory;

		private @Nullable String stateManagement;

		private boolean languageRequired;

		private boolean itRequired;

		private @Nullable String headcount;

		private boolean concurrentAllowed;

		private @Nullable String jobDescription;

		private @Nullable String competencyFramework;

		boolean blank() {
			return isBlank(code) && isBlank(name) && isBlank(rankCode) && isBlank(headcount) && isBlank(jobDescription);
		}

		static Row of(JobPosition p) {
			var row = new Row();
			row.code = p.code();
			row.name = p.name();
			row.group = p.group().name();
			row.rankCode = p.rankCode();
			row.minDegree = p.minDegree();
			row.majors = p.majors();
			row.politicalTheory = p.politicalTheory();
			row.stateManagement = p.stateManagement();
			row.languageRequired = p.languageRequired();
			row.itRequired = p.itRequired();
			row.headcount = Integer.toString(p.headcount());
			row.concurrentAllowed = p.concurrentAllowed();
			row.jobDescription = p.jobDescription();
			row.competencyFramework = p.competencyFramework();
			return row;
		}

		@SuppressWarnings("NullAway")
		JobPosition toPosition() {
			PositionGroup chosen = null;
			if (!isBlank(group)) {
				try {
					chosen = PositionGroup.valueOf(group);
				}
				catch (IllegalArgumentException ex) {
					chosen = null;
				}
			}
			int count;
			try {
				count = isBlank(headcount) ? 0 : Integer.parseInt(headcount.strip().replace(".", ""));
			}
			catch (NumberFormatException ex) {
				count = 0;
			}
			return new JobPosition(code, name, chosen, rankCode, minDegree, majors, stateManagement, politicalTheory,
					languageRequired, itRequired, count, concurrentAllowed, jobDescription, competencyFramework);
		}

		public @Nullable String getCode() { return code; }
		public void setCode(@Nullable String code) { this.code = code; }
		public @Nullable String getName() { return name; }
		public void setName(@Nullable String name) { this.name = name; }
		public @Nullable String getGroup() { return group; }
		public void setGroup(@Nullable String group) { this.group = group; }
		public @Nullable String getRankCode() { return rankCode; }
		public void setRankCode(@Nullable String rankCode) { this.rankCode = rankCode; }
		public @Nullable String getMinDegree() { return minDegree; }
		public void setMinDegree(@Nullable String minDegree) { this.minDegree = minDegree; }
		public @Nullable String getMajors() { return majors; }
		public void setMajors(@Nullable String majors) { this.majors = majors; }
		public @Nullable String getPoliticalTheory() { return politicalTheory; }
		public void setPoliticalTheory(@Nullable String politicalTheory) { this.politicalTheory = politicalTheory; }
		public @Nullable String getStateManagement() { return stateManagement; }
		public void setStateManagement(@Nullable String stateManagement) { this.stateManagement = stateManagement; }
		public boolean isLanguageRequired() { return languageRequired; }
		public void setLanguageRequired(boolean languageRequired) { this.languageRequired = languageRequired; }
		public boolean isItRequired() { return itRequired; }
		public void setItRequired(boolean itRequired) { this.itRequired = itRequired; }
		public @Nullable String getHeadcount() { return headcount; }
		public void setHeadcount(@Nullable String headcount) { this.headcount = headcount; }
		public boolean isConcurrentAllowed() { return concurrentAllowed; }
		public void setConcurrentAllowed(boolean concurrentAllowed) { this.concurrentAllowed = concurrentAllowed; }
		public @Nullable String getJobDescription() { return jobDescription; }
		public void setJobDescription(@Nullable String jobDescription) { this.jobDescription = jobDescription; }
		public @Nullable String getCompetencyFramework() { return competencyFramework; }
		public void setCompetencyFramework(@Nullable String competencyFramework) { this.competencyFramework = competencyFramework; }

	}

	static SchemeForm of(SchemeView scheme) {
		var form = new SchemeForm();
		form.title = scheme.title();
		form.appliesFrom = Formats.DATE.format(scheme.appliesFrom());
		form.version = scheme.version();
		scheme.positions().forEach(p -> form.positions.add(Row.of(p)));
		for (var level : LEVELS) {
			form.shares.add(scheme.rankShares().stream().filter(s -> s.rankLevel().equals(level)).findFirst()
				.map(s -> s.targetPct().stripTrailingZeros().toPlainString()).orElse(null));
		}
		return form;
	}

	/** Adds empty rows up to {@code spare} beyond the filled ones, and a share field per level. */
	void pad(int spare) {
		positions.removeIf(Row::blank);
		for (int i = 0; i < spare; i++) {
			positions.add(new Row());
		}
		while (shares.size() < LEVELS.size()) {
			shares.add(null);
		}
	}

	/**
	 * The content typed, with the rows' positions kept (so that a problem names the row the user sees); what cannot be
	 * read becomes empty, for the checks of the book to name.
	 */
	@SuppressWarnings("NullAway")
	SchemeContent content(java.time.@Nullable LocalDate date) {
		var list = new ArrayList<JobPosition>();
		for (var row : positions) {
			if (!row.blank()) {
				list.add(row.toPosition());
			}
		}
		var shareList = new ArrayList<RankShare>();
		for (int i = 0; i < LEVELS.size() && i < shares.size(); i++) {
			var text = shares.get(i);
			if (isBlank(text)) {
				continue;
			}
			BigDecimal pct;
			try {
				pct = new BigDecimal(text.strip().replace(',', '.'));
			}
			catch (NumberFormatException ex) {
				pct = BigDecimal.valueOf(-1);
			}
			shareList.add(new RankShare(LEVELS.get(i), pct));
		}
		return new SchemeContent(title, date, list, shareList);
	}

	private static boolean isBlank(@Nullable String text) {
		return text == null || text.isBlank();
	}

	public @Nullable String getTitle() { return title; }
	public void setTitle(@Nullable String title) { this.title = title; }
	public @Nullable String getAppliesFrom() { return appliesFrom; }
	public void setAppliesFrom(@Nullable String appliesFrom) { this.appliesFrom = appliesFrom; }
	public @Nullable Long getVersion() { return version; }
	public void setVersion(@Nullable Long version) { this.version = version; }
	public List<Row> getPositions() { return positions; }
	public void setPositions(List<Row> positions) { this.positions = positions; }
	public List<@Nullable String> getShares() { return shares; }
	public void setShares(List<@Nullable String> shares) { this.shares = shares; }

}
