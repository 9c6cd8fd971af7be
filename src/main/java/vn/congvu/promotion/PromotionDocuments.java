package vn.congvu.promotion;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.congvu.catalog.Catalog;
import vn.congvu.organization.UnitDirectory;
import vn.congvu.shared.ConflictException;
import vn.congvu.shared.documents.Doc;
import vn.congvu.shared.documents.OfficialDocument;
import vn.congvu.shared.web.Formats;

/**
 * A promotion round's documents in the layout of Decree 30/2020 (DOMAIN A3): the notice of the results, with every
 * nominee's outcome and its reason, and the decision that moves those who passed to the higher rank or title.
 * Written in Vietnamese, the language of official documents.
 */
@Service
@Transactional(readOnly = true)
public class PromotionDocuments {

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private final PromotionDesk desk;

	private final UnitDirectory units;

	private final Catalog catalog;

	private final MessageSource messages;

	PromotionDocuments(PromotionDesk desk, UnitDirectory units, Catalog catalog, MessageSource messages) {
		this.desk = desk;
		this.units = units;
		this.catalog = catalog;
		this.messages = messages;
	}

	/** The notice of the results (thông báo kết quả), once they are published. */
	public Doc results(long examId) {
		var exam = desk.exam(examId);
		var published = exam.resultsPublishedOn();
		if (published == null) {
			throw new ConflictException("promotion.documents.notPublished", exam.title());
		}
		var authority = units.namesAsOf(List.of(exam.authorityUnitId()), published)
			.getOrDefault(exam.authorityUnitId(), "");
		var blocks = new ArrayList<Doc.Block>(OfficialDocument.header("", (exam.path().byExam() ? "Hội đồng thi "
				: "Hội đồng xét ") + authority, exam.id() + "/TB-HĐ", units.placeName(exam.authorityUnitId(), published), published, "Thông báo",
				"Kết quả " + exam.title().toLowerCase(VIETNAMESE)));
		blocks.add(Doc.Text.plain("Căn cứ " + basis(exam) + ", hội đồng thông báo kết quả " + exam.title()
			.toLowerCase(VIETNAMESE) + " lên " + rank(exam) + " (chỉ tiêu " + exam.quota() + ") như sau:"));
		var rows = new ArrayList<List<String>>();
		int n = 1;
		for (var nomination : desk.nominations(examId)) {
			var verdict = nomination.verdict() == null ? "" : text("promotion.verdict." + nomination.verdict().name(),
					nomination.verdict().name());
			var mark = exam.path().byExam() ? nomination.score() == null ? "" : nomination.score().toPlainString()
					: nomination.votesFor() == null ? "" : nomination.votesFor() + "/" + nomination.members();
			rows.add(List.of(Integer.toString(n++), nomination.fullName(), nomination.currentRankCode(), mark, verdict,
					nomination.reason() == null ? "" : text(nomination.reason(), nomination.reason())));
		}
		blocks.add(new Doc.Table(List.of("STT", "Họ và tên", "Ngạch hiện giữ", exam.path().byExam() ? "Điểm"
				: "Phiếu đồng ý", "Kết quả", "Ghi chú"), rows, new float[] { 0.5f, 2.4f, 1.2f, 1f, 1.4f, 3f }));
		blocks.add(OfficialDocument.signature(List.of("Người dự thi, xét", "Lưu: VT"), "TM. HỘI ĐỒNG", "CHỦ TỊCH", ""));
		return new Doc("Thông báo kết quả - " + exam.title(), blocks);
	}

	/** The decision (quyết định) moving those who passed to the higher rank or title, once it is issued. */
	public Doc decision(long examId) {
		var exam = desk.exam(examId);
		var decision = exam.decision();
		if (decision == null) {
			throw new ConflictException("promotion.documents.notDecided", exam.title());
		}
		var blocks = new ArrayList<Doc.Block>(OfficialDocument.header("", decision.issuer(), decision.number(),
				units.placeName(exam.authorityUnitId(), decision.date()), decision.date(), "Quyết định", "Về việc bổ nhiệm vào " + rank(exam)));
		blocks.add(Doc.Text.centered(decision.issuer().toUpperCase(VIETNAMESE), true, 14));
		blocks.add(Doc.Text.plain("Căn cứ " + basis(exam) + ";"));
		blocks.add(Doc.Text.plain("Căn cứ kết quả " + exam.title().toLowerCase(VIETNAMESE) + " được công bố ngày "
				+ Formats.DATE.format(java.util.Objects.requireNonNull(exam.resultsPublishedOn())) + ";"));
		blocks.add(Doc.Text.centered("QUYẾT ĐỊNH:", true, 14));
		blocks.add(Doc.Text.plain("Điều 1. Bổ nhiệm vào " + rank(exam) + " và xếp lương theo quy định đối với những "
				+ "người có tên sau:"));
		var rows = new ArrayList<List<String>>();
		int n = 1;
		for (var nomination : desk.nominations(examId)) {
			if (nomination.verdict() == PromotionRanking.Verdict.PASSED) {
				rows.add(List.of(Integer.toString(n++), nomination.fullName(), nomination.currentRankCode(),
						exam.targetRankCode()));
			}
		}
		blocks.add(new Doc.Table(List.of("STT", "Họ và tên", "Ngạch, chức danh cũ", "Ngạch, chức danh mới"), rows,
				new float[] { 0.5f, 3f, 1.8f, 1.8f }));
		blocks.add(Doc.Text.plain("Điều 2. Quyết định này có hiệu lực kể từ ngày ký."));
		blocks.add(OfficialDocument.signature(List.of("Như Điều 1", "Sở Nội vụ", "Lưu: VT"), "TM. "
				+ decision.issuer().toUpperCase(VIETNAMESE), "CHỦ TỊCH", ""));
		return new Doc("Quyết định - " + exam.title(), blocks);
	}

	private String rank(ExamView exam) {
		return catalog.rank(exam.targetRankCode(), exam.heldOn())
			.map(r -> "ngạch, chức danh " + r.name() + " (mã số " + r.code() + ")")
			.orElse("ngạch, chức danh mã số " + exam.targetRankCode());
	}

	private static String basis(ExamView exam) {
		return switch (exam.path()) {
			case RANK_EXAM -> "Nghị định số 138/2020/NĐ-CP ngày 27 tháng 11 năm 2020 của Chính phủ";
			case RANK_COUNCIL -> "Nghị định số 170/2025/NĐ-CP của Chính phủ quy định về tuyển dụng, sử dụng và quản lý "
					+ "công chức";
			case TITLE_PROMOTION -> "Nghị định số 115/2020/NĐ-CP ngày 25 tháng 9 năm 2020 của Chính phủ";
		};
	}



	private String text(String code, String fallback) {
		return messages.getMessage(code, null, fallback, VIETNAMESE);
	}

}
