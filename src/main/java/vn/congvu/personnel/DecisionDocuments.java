package vn.congvu.personnel;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

import vn.congvu.catalog.Catalog;
import vn.congvu.catalog.RankView;
import vn.congvu.organization.UnitDirectory;
import vn.congvu.shared.NotFoundException;
import vn.congvu.shared.Sex;
import vn.congvu.shared.documents.Doc;
import vn.congvu.shared.documents.OfficialDocument;
import vn.congvu.shared.web.Formats;

/**
 * The decision document of a recorded personnel action, for signature: an individual decision (quyết định cá biệt) in
 * the layout of Decree 30/2020/NĐ-CP, Annex I and Annex III form 1.4 — the issuing body and its number, the motto on
 * one line, place and date, "QUYẾT ĐỊNH / Về việc …", the issuer's title, the legal basis, the articles (what is
 * decided, from when, who carries it out), recipients and the signature block. Written from the record: the person,
 * the unit, rank and step before and after, as the career replays them.
 */
@Service
public class DecisionDocuments {

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private final PersonnelRecords records;

	private final UnitDirectory units;

	private final Catalog catalog;

	private final java.time.Clock clock;

	DecisionDocuments(PersonnelRecords records, UnitDirectory units, Catalog catalog, java.time.Clock clock) {
		this.clock = clock;
		this.records = records;
		this.units = units;
		this.catalog = catalog;
	}

	/** The document of the action {@code actionId} of the official, within the caller's reach; 404 otherwise. */
	public Doc of(long officialId, long actionId) {
		var official = records.official(officialId)
			.orElseThrow(() -> new NotFoundException("personnel.official.notFound", officialId));
		var actions = records.actions(officialId);
		var action = actions.stream()
			.filter(a -> a.id() == actionId)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("personnel.action.notFound", actionId));
		var history = records.employmentHistory(officialId);
		var day = action.effectiveDate();
		var before = on(history, day.minusDays(1));
		var after = on(history, day);
		var decision = action.decision();
		var person = (official.sex() == Sex.FEMALE ? "bà " : "ông ") + official.fullName();
		var unitId = after.map(EmploymentPeriod::unitId).or(() -> before.map(EmploymentPeriod::unitId)).orElse(null);
		var place = unitId == null ? "" : units.placeName(unitId, decision.date());
		var blocks = new ArrayList<Doc.Block>(OfficialDocument.header("", decision.issuer(), decision.number(), place,
				decision.date(), "Quyết định", "Về việc " + subject(action.kind()) + " đối với " + person));
		var authority = Authority.of(decision.issuer());
		blocks.add(Doc.Text.centered(authority.title(), true, 14));
		basis(blocks, action.legalBasis());
		blocks.add(Doc.Text.plain("Xét đề nghị của Thủ trưởng cơ quan, đơn vị quản lý cán bộ, công chức, viên chức."));
		blocks.add(Doc.Text.centered("QUYẾT ĐỊNH:", true, 14));
		var born = official.birthYearOnly() ? Integer.toString(official.dateOfBirth().getYear())
				: Formats.DATE.format(official.dateOfBirth());
		blocks.add(Doc.Text.plain("Điều 1. " + article(action, person, born, before.orElse(null),
				after.orElse(null), actions)));
		blocks.add(Doc.Text.plain("Điều 2. Quyết định này có hiệu lực kể từ ngày " + Formats.DATE.format(day)
				+ (action.endDate() == null ? "" : " đến hết ngày " + Formats.DATE.format(action.endDate().minusDays(1)))
				+ "."));
		blocks.add(Doc.Text.plain("Điều 3. Thủ trưởng các cơ quan, đơn vị có liên quan và " + person
				+ " chịu trách nhiệm thi hành Quyết định này."));
		blocks.add(OfficialDocument.signature(List.of("Như Điều 3", "Sở Nội vụ"), authority.onBehalf(),
				authority.signerTitle(), action.signer() == null ? "" : action.signer()));
		return new Doc("Quyết định " + decision.number() + " - " + official.fullName(), blocks);
	}

	/**
	 * Who decides, as Decree 30/2020 Annex I writes it: a collective body (a People's Committee) decides as itself and
	 * its chair signs on its behalf ("TM. ỦY BAN NHÂN DÂN …", "CHỦ TỊCH"); an agency under a head decides through its
	 * head ("GIÁM ĐỐC SỞ NỘI VỤ"), who signs with the title alone.
	 *
	 * @param title the line above the legal basis
	 * @param onBehalf the "TM." line of the signature block, empty for a head
	 */
	record Authority(String title, String onBehalf, String signerTitle) {

		static Authority of(String issuer) {
			var upper = issuer.strip().toUpperCase(VIETNAMESE);
			if (upper.startsWith("ỦY BAN NHÂN DÂN") || upper.startsWith("UỶ BAN NHÂN DÂN") || upper.startsWith("UBND")) {
				return new Authority(upper, "TM. " + upper, "CHỦ TỊCH");
			}
			var head = upper.startsWith("TRƯỜNG") ? "HIỆU TRƯỞNG"
					: upper.startsWith("SỞ") || upper.startsWith("TRUNG TÂM") || upper.startsWith("BỆNH VIỆN")
							|| upper.startsWith("BAN QUẢN LÝ") ? "GIÁM ĐỐC"
							: upper.startsWith("CHI CỤC") ? "CHI CỤC TRƯỞNG"
									: upper.startsWith("PHÒNG") ? "TRƯỞNG PHÒNG" : "THỦ TRƯỞNG";
			return new Authority(head + " " + upper, "", head);
		}

	}

	/** One decision of a batch, named by its official and its action. */
	public record Item(long officialId, long actionId) {
	}

	/**
	 * One decision that raises the salary step of several officials (the batch recorded from the watch list under one
	 * number): the article refers to the list attached, a table of each person's rank, old and new step with their
	 * coefficients, and the day the new step applies. Every item must be a salary step of the same decision.
	 */
	public Doc salarySteps(List<Item> items) {
		if (items.isEmpty()) {
			throw new NotFoundException("personnel.action.notFound", "");
		}
		var rows = new ArrayList<List<String>>();
		vn.congvu.shared.DecisionRef decision = null;
		String signer = null;
		String legalBasis = null;
		Long placeUnit = null;
		int n = 1;
		// every record at once: one scope check, one read of the records and of their actions, one access-log entry
		var overviews = records.overviews(items.stream().map(Item::officialId).distinct().toList(), LocalDate.now(clock));
		for (var item : items) {
			var overview = overviews.get(item.officialId());
			if (overview == null) {
				throw new NotFoundException("personnel.official.notFound", item.officialId());
			}
			var official = overview.official();
			var action = overview.actions()
				.stream()
				.filter(a -> a.id() == item.actionId() && a.kind() == ActionKind.SALARY_STEP)
				.findFirst()
				.orElseThrow(() -> new NotFoundException("personnel.action.notFound", item.actionId()));
			if (decision == null) {
				decision = action.decision();
				signer = action.signer();
				legalBasis = action.legalBasis();
			}
			else if (!decision.equals(action.decision())) {
				throw new vn.congvu.shared.InvalidInputException("items", "personnel.batch.mixedDecisions");
			}
			var history = overview.history();
			var day = action.effectiveDate();
			var before = on(history, day.minusDays(1)).orElse(null);
			var after = on(history, day).orElse(null);
			if (placeUnit == null && after != null) {
				placeUnit = after.unitId();
			}
			rows.add(List.of(Integer.toString(n++), official.fullName(),
					official.birthYearOnly() ? Integer.toString(official.dateOfBirth().getYear())
							: Formats.DATE.format(official.dateOfBirth()),
					after == null ? "" : unitName(after.unitId(), day), after == null ? "" : rank(after.rankCode(), day),
					step(before, day), step(after, day), Formats.DATE.format(day)));
		}
		var place = placeUnit == null ? "" : units.placeName(placeUnit, decision.date());
		var blocks = new ArrayList<Doc.Block>(OfficialDocument.header("", decision.issuer(), decision.number(), place,
				decision.date(), "Quyết định", "Về việc nâng bậc lương thường xuyên đối với cán bộ, công chức, viên chức"));
		var authority = Authority.of(decision.issuer());
		blocks.add(Doc.Text.centered(authority.title(), true, 14));
		basis(blocks, legalBasis);
		blocks.add(Doc.Text.plain("Xét đề nghị của Thủ trưởng cơ quan, đơn vị quản lý cán bộ, công chức, viên chức."));
		blocks.add(Doc.Text.centered("QUYẾT ĐỊNH:", true, 14));
		blocks.add(Doc.Text.plain("Điều 1. Nâng bậc lương thường xuyên đối với " + rows.size()
				+ " cán bộ, công chức, viên chức có tên trong danh sách sau:"));
		blocks.add(new Doc.Table(List.of("STT", "Họ và tên", "Ngày sinh", "Đơn vị", "Mã ngạch", "Bậc, hệ số cũ",
				"Bậc, hệ số mới", "Ngày hưởng"), rows, new float[] { 0.5f, 2.2f, 1.2f, 2.2f, 1f, 1.5f, 1.5f, 1.2f }));
		blocks.add(Doc.Text.plain("Điều 2. Quyết định này có hiệu lực kể từ ngày ký; mỗi người được hưởng bậc lương mới "
				+ "từ ngày ghi trong danh sách."));
		blocks.add(Doc.Text.plain("Điều 3. Thủ trưởng các cơ quan, đơn vị có liên quan và những người có tên tại Điều 1 "
				+ "chịu trách nhiệm thi hành Quyết định này."));
		blocks.add(OfficialDocument.signature(List.of("Như Điều 3", "Sở Nội vụ"), authority.onBehalf(),
				authority.signerTitle(), signer == null ? "" : signer));
		return new Doc("Quyết định " + decision.number() + " - nâng bậc lương", blocks);
	}

	private static void basis(List<Doc.Block> blocks, @Nullable String legalBasis) {
		if (legalBasis == null) {
			return;
		}
		for (var basis : legalBasis.split(";")) {
			if (!basis.isBlank()) {
				blocks.add(Doc.Text.plain("Căn cứ " + strip(basis.strip(), "Căn cứ ") + ";"));
			}
		}
	}

	private static Optional<EmploymentPeriod> on(List<EmploymentPeriod> history, LocalDate date) {
		return history.stream().filter(p -> p.covers(date)).findFirst();
	}

	private static String subject(ActionKind kind) {
		return switch (kind) {
			case RECRUITMENT -> "tuyển dụng";
			case RECEPTION -> "tiếp nhận";
			case END_OF_PROBATION -> "công nhận hết thời gian tập sự";
			case RANK_CHANGE -> "chuyển ngạch, thăng hạng và xếp lương";
			case SALARY_STEP -> "nâng bậc lương";
			case ALLOWANCE_CHANGE -> "hưởng phụ cấp";
			case TRANSFER -> "điều động";
			case ROTATION -> "luân chuyển";
			case REASSIGNMENT -> "thuyên chuyển";
			case REORGANIZATION_MOVE -> "chuyển công tác do sắp xếp tổ chức";
			case SECONDMENT -> "biệt phái";
			case APPOINTMENT -> "bổ nhiệm";
			case REAPPOINTMENT -> "bổ nhiệm lại";
			case DISMISSAL_FROM_POST -> "thôi giữ chức vụ";
			case DISCIPLINE -> "thi hành kỷ luật";
			case RETIREMENT -> "nghỉ hưu";
			case RESIGNATION -> "thôi việc";
			case POSITION_ASSIGNMENT -> "bố trí vị trí việc làm";
			case CONCURRENT_POST -> "kiêm nhiệm";
			case END_OF_CONCURRENT_POST -> "thôi kiêm nhiệm";
			case CANCELLATION -> "hủy bỏ quyết định";
		};
	}

	private String article(ActionView action, String person, String born, @Nullable EmploymentPeriod before,
			@Nullable EmploymentPeriod after, List<ActionView> actions) {
		var who = capitalised(person) + ", sinh ngày " + born;
		var day = action.effectiveDate();
		var where = after != null ? unitName(after.unitId(), day) : before != null ? unitName(before.unitId(), day) : "";
		var rankNow = after != null ? rank(after.rankCode(), day) : "";
		return switch (action.kind()) {
			case RECRUITMENT, RECEPTION -> (action.kind() == ActionKind.RECRUITMENT ? "Tuyển dụng " : "Tiếp nhận ")
					+ who + " vào làm việc tại " + where + ", ngạch (chức danh) " + rankNow + ", " + step(after, day)
					+ ".";
			case END_OF_PROBATION -> "Công nhận " + who + " hoàn thành thời gian tập sự, được bổ nhiệm vào ngạch "
					+ "(chức danh) " + rankNow + " tại " + where + ".";
			case RANK_CHANGE -> "Chuyển " + who + ", " + where + ", từ ngạch (chức danh) "
					+ (before == null ? "" : rank(before.rankCode(), day)) + " sang ngạch (chức danh) " + rankNow
					+ "; xếp " + step(after, day) + ".";
			case SALARY_STEP -> "Nâng bậc lương đối với " + who + ", " + where + ", ngạch (chức danh) " + rankNow
					+ ": từ " + step(before, day) + " lên " + step(after, day) + "."
					+ (action.outOfSequence() ? " Nâng bậc lương trước thời hạn." : "");
			case ALLOWANCE_CHANGE -> who + ", " + where + ", được hưởng phụ cấp"
					+ (action.note() == null ? "" : ": " + action.note()) + ".";
			case TRANSFER, ROTATION, REASSIGNMENT, REORGANIZATION_MOVE -> capitalised(subject(action.kind())) + " "
					+ who + ", ngạch (chức danh) " + rankNow + ", từ "
					+ (before == null ? "" : unitName(before.unitId(), day)) + " đến công tác tại " + where
					+ (after != null && after.positionCode() != null ? ", vị trí việc làm " + after.positionCode() : "")
					+ ".";
			case SECONDMENT -> "Biệt phái " + who + ", " + where + ", đến công tác tại "
					+ (action.unitId() == null ? "" : unitName(action.unitId(), day)) + (action.endDate() == null ? ""
							: " đến hết ngày " + Formats.DATE.format(action.endDate().minusDays(1)))
					+ ".";
			case APPOINTMENT, REAPPOINTMENT -> (action.kind() == ActionKind.APPOINTMENT ? "Bổ nhiệm " : "Bổ nhiệm lại ")
					+ who + " giữ chức vụ " + nz(action.positionTitle()) + ", " + where + ".";
			case DISMISSAL_FROM_POST -> who + " thôi giữ chức vụ "
					+ nz(before == null ? action.positionTitle() : before.positionTitle()) + ", " + where + ".";
			case DISCIPLINE -> "Thi hành kỷ luật đối với " + who + ", " + where + ", bằng hình thức "
					+ nz(action.note()) + ".";
			case RETIREMENT -> who + ", " + (before == null ? "" : unitName(before.unitId(), day))
					+ ", được nghỉ hưu để hưởng chế độ bảo hiểm xã hội từ ngày " + Formats.DATE.format(day) + ".";
			case RESIGNATION -> who + ", " + (before == null ? "" : unitName(before.unitId(), day))
					+ ", được thôi việc từ ngày " + Formats.DATE.format(day) + ".";
			case POSITION_ASSIGNMENT -> "Bố trí " + who + " vào vị trí việc làm " + nz(action.positionCode()) + " tại "
					+ where + ".";
			case CONCURRENT_POST -> "Giao " + who + ", " + where + ", kiêm nhiệm vị trí việc làm "
					+ nz(action.positionCode()) + ".";
			case END_OF_CONCURRENT_POST -> who + ", " + where + ", thôi kiêm nhiệm vị trí việc làm "
					+ nz(action.positionCode()) + ".";
			case CANCELLATION -> {
				var cancelled = actions.stream()
					.filter(a -> Long.valueOf(a.id()).equals(action.cancelsActionId()))
					.findFirst();
				yield "Hủy bỏ " + cancelled.map(a -> "Quyết định số " + a.decision().number() + " ngày "
						+ Formats.DATE.format(a.decision().date()) + " của " + a.decision().issuer() + " về việc "
						+ subject(a.kind()))
					.orElse("quyết định") + " đối với " + who + ".";
			}
		};
	}

	private String unitName(long unitId, LocalDate date) {
		return units.unit(unitId, date).map(u -> u.name()).orElse("");
	}

	private String rank(@Nullable String code, LocalDate date) {
		if (code == null) {
			return "";
		}
		return catalog.rank(code, date).map(RankView::name).map(name -> name + " (mã số " + code + ")").orElse(code);
	}

	/** "bậc 3/9, hệ số 3,00" from the period's scale on the day; empty without a step. */
	private String step(@Nullable EmploymentPeriod p, LocalDate date) {
		if (p == null || p.salaryStep() == null) {
			return "";
		}
		if (p.salaryScaleCode() == null) {
			return "bậc " + p.salaryStep();
		}
		var scale = catalog.salaryScale(p.salaryScaleCode(), date);
		var text = "bậc " + p.salaryStep() + "/" + scale.steps();
		if (p.salaryStep() <= scale.steps()) {
			text += ", hệ số " + scale.coefficient(p.salaryStep()).setScale(2, java.math.RoundingMode.HALF_UP)
				.toPlainString()
				.replace('.', ',');
		}
		return text;
	}

	private static String nz(@Nullable String text) {
		return text == null ? "" : text;
	}

	private static String capitalised(String text) {
		return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(VIETNAMESE) + text.substring(1);
	}

	private static String strip(String text, String prefix) {
		return text.regionMatches(true, 0, prefix, 0, prefix.length()) ? text.substring(prefix.length()) : text;
	}

}
