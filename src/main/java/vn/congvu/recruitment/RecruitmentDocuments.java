package vn.congvu.recruitment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.congvu.organization.UnitDirectory;
import vn.congvu.shared.ConflictException;
import vn.congvu.shared.documents.Doc;
import vn.congvu.shared.documents.OfficialDocument;
import vn.congvu.shared.documents.SpreadsheetWriter;
import vn.congvu.shared.web.Formats;

/**
 * A drive's documents in the layout of Decree 30/2020 (DOMAIN A3): the notice of the results, with every candidate's
 * outcome and its reason, and the recruitment decision, with those recruited. Written in Vietnamese, the language of
 * official documents.
 */
@Service
@Transactional(readOnly = true)
public class RecruitmentDocuments {

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private final RecruitmentDesk desk;

	private final UnitDirectory units;

	private final MessageSource messages;

	RecruitmentDocuments(RecruitmentDesk desk, UnitDirectory units, MessageSource messages) {
		this.desk = desk;
		this.units = units;
		this.messages = messages;
	}

	/**
	 * The notice of the drive (thông báo tuyển dụng), dated its announcement: the positions and their quotas, the
	 * conditions, the documents and the window to apply, the rounds and the priority points of its regime.
	 */
	public Doc notice(long driveId) {
		var drive = desk.drive(driveId);
		var announced = drive.announcedOn();
		var blocks = new ArrayList<Doc.Block>(header(drive, announced, "/TB-", "Thông báo",
				"Tuyển dụng " + category(drive) + " năm " + announced.getYear()));
		blocks.add(Doc.Text.plain("Căn cứ " + regime(drive) + ", " + authority(drive, announced) + " thông báo "
				+ drive.title().toLowerCase(VIETNAMESE) + " như sau:"));
		blocks.add(Doc.Text.plain("1. Vị trí việc làm và chỉ tiêu tuyển dụng", true));
		var rows = new ArrayList<List<String>>();
		int n = 1;
		int total = 0;
		var unitNames = units.namesAsOf(drive.positions().stream().map(DriveView.Position::unitId).distinct().toList(),
				announced);
		for (var p : drive.positions()) {
			rows.add(List.of(Integer.toString(n++), unitNames.getOrDefault(p.unitId(), ""), p.positionCode() + " - "
					+ p.positionName(), p.rankCode() == null ? "" : p.rankCode(), p.minDegree() == null ? "" : p.minDegree(),
					p.majors() == null ? "" : p.majors(), Integer.toString(p.quota())));
			total += p.quota();
		}
		rows.add(List.of("", "Tổng cộng", "", "", "", "", Integer.toString(total)));
		blocks.add(new Doc.Table(List.of("STT", "Cơ quan, đơn vị", "Vị trí việc làm", "Ngạch, chức danh", "Trình độ",
				"Chuyên ngành", "Chỉ tiêu"), rows, new float[] { 0.5f, 2.2f, 2.4f, 1.1f, 0.9f, 1.8f, 0.8f }));
		blocks.add(Doc.Text.plain("2. Điều kiện đăng ký dự tuyển", true));
		blocks.add(Doc.Text.plain("Người có đủ các điều kiện sau, không phân biệt dân tộc, nam nữ, thành phần xã hội, tín "
				+ "ngưỡng, tôn giáo, được đăng ký dự tuyển: có một quốc tịch là quốc tịch Việt Nam; đủ 18 tuổi trở lên; có "
				+ "phiếu đăng ký dự tuyển; có lý lịch rõ ràng; có văn bằng, chứng chỉ phù hợp với yêu cầu của vị trí việc "
				+ "làm; có phẩm chất chính trị, đạo đức tốt; đủ sức khỏe để thực hiện nhiệm vụ."));
		blocks.add(Doc.Text.plain("3. Phiếu đăng ký dự tuyển và thời hạn nhận", true));
		blocks.add(Doc.Text.plain("Mỗi người chỉ nộp một phiếu đăng ký dự tuyển vào một vị trí việc làm của kỳ tuyển dụng. "
				+ "Thời hạn nhận phiếu: từ ngày " + Formats.DATE.format(announced) + " đến hết ngày "
				+ Formats.DATE.format(drive.applicationsUntil()) + "."));
		blocks.add(Doc.Text.plain("4. Hình thức và nội dung " + (drive.method() == Method.EXAM ? "thi tuyển" : "xét tuyển"),
				true));
		blocks.add(Doc.Text.plain(drive.method() == Method.EXAM
				? "Vòng 1: thi trắc nghiệm trên máy tính về kiến thức chung; đạt khi trả lời đúng từ 50% số câu hỏi trở lên. "
						+ "Vòng 2: thi môn nghiệp vụ chuyên ngành"
						+ (drive.regime().weighsWrittenAndInterview() ? " (thi viết, hoặc thi viết và phỏng vấn tính theo tỷ "
								+ "lệ 70% và 30%)" : "") + "; thang điểm 100."
				: "Kiểm tra điều kiện, tiêu chuẩn tại vòng 1; vòng 2 phỏng vấn hoặc thực hành về nghiệp vụ chuyên ngành; "
						+ "thang điểm 100."));
		blocks.add(Doc.Text.plain("5. Người trúng tuyển và ưu tiên", true));
		var priorities = new ArrayList<String>();
		for (var p : drive.regime().priorities()) {
			priorities.add(text("recruitment.priority." + p.name()));
		}
		blocks.add(Doc.Text.plain("Người trúng tuyển có kết quả điểm vòng 2 từ 50 điểm trở lên, có tổng điểm vòng 2 và "
				+ "điểm ưu tiên cao hơn lấy theo thứ tự từ cao xuống thấp trong phạm vi chỉ tiêu của từng vị trí. Điểm ưu "
				+ "tiên cộng vào kết quả vòng 2 (người thuộc nhiều diện chỉ được cộng điểm ưu tiên cao nhất): "
				+ String.join("; ", priorities) + "."));
		blocks.add(OfficialDocument.signature(List.of("Cổng thông tin điện tử", "Lưu: VT"), "TM. HỘI ĐỒNG TUYỂN DỤNG",
				"CHỦ TỊCH", ""));
		return new Doc("Thông báo tuyển dụng - " + drive.title(), blocks);
	}

	/**
	 * The list of candidates (danh sách người dự tuyển) at the close of applications: who is admitted to the exam and
	 * who is not, with the reason — names and no marks.
	 */
	public Doc candidates(long driveId) {
		var drive = desk.drive(driveId);
		var on = drive.applicationsUntil();
		var blocks = new ArrayList<Doc.Block>(header(drive, on, "/TB-", "Thông báo",
				"Danh sách người đủ điều kiện, tiêu chuẩn dự " + (drive.method() == Method.EXAM ? "thi" : "xét")));
		blocks.add(Doc.Text.plain(authority(drive, on) + " thông báo danh sách người đăng ký dự tuyển "
				+ drive.title().toLowerCase(VIETNAMESE) + " như sau:"));
		var positions = positions(drive);
		var rows = new ArrayList<List<String>>();
		int n = 1;
		for (var a : desk.applications(driveId)) {
			var priorities = new ArrayList<String>();
			a.priorities().forEach(p -> priorities.add(text("recruitment.priority." + p.name())));
			rows.add(List.of(Integer.toString(n++), a.fullName(), Formats.DATE.format(a.dateOfBirth()),
					a.sex() == vn.congvu.shared.Sex.FEMALE ? "Nữ" : "Nam", positions.getOrDefault(a.drivePositionId(), ""),
					String.join("; ", priorities), text("recruitment.application." + a.status()),
					a.rejection() == null ? "" : text(a.rejection(), a.rejectionArguments().toArray())));
		}
		blocks.add(new Doc.Table(List.of("STT", "Họ và tên", "Ngày sinh", "Giới tính", "Vị trí dự tuyển", "Ưu tiên",
				"Điều kiện", "Lý do"), rows, new float[] { 0.5f, 2.1f, 1.1f, 0.7f, 1.8f, 1.6f, 1.1f, 2.2f }));
		blocks.add(OfficialDocument.signature(List.of("Người dự tuyển", "Lưu: VT"), "TM. HỘI ĐỒNG TUYỂN DỤNG",
				"CHỦ TỊCH", ""));
		return new Doc("Danh sách người dự tuyển - " + drive.title(), blocks);
	}

	/** A line of the drive's list of applications as a spreadsheet. */
	public record Line(int no, ApplicationView application, String position, String priorities, String status,
			String reason) {
	}

	/**
	 * The drive's applications as lines for a spreadsheet, in the caller's language: marks, outcomes and reasons only
	 * once the results are published (before, the list of names carries none, as the exam codes stay apart).
	 */
	public List<Line> lines(long driveId, Locale locale) {
		var drive = desk.drive(driveId);
		var positions = positions(drive);
		var lines = new ArrayList<Line>();
		int n = 1;
		for (var a : desk.applications(driveId)) {
			var priorities = new ArrayList<String>();
			a.priorities().forEach(p -> priorities.add(text(locale, "recruitment.priority." + p.name())));
			var result = a.result();
			String status;
			String reason;
			if (result == null || result.verdict() == null) {
				status = text(locale, "recruitment.application." + a.status());
				reason = a.rejection() == null ? "" : text(locale, a.rejection(), a.rejectionArguments().toArray());
			}
			else {
				status = text(locale, "recruitment.verdict." + result.verdict());
				reason = result.reason() == null ? "" : text(locale, result.reason(), result.reasonArguments().toArray());
			}
			lines.add(new Line(n++, a, positions.getOrDefault(a.drivePositionId(), ""), String.join("; ", priorities),
					status, reason));
		}
		return lines;
	}

	/** The drive's applications as an XLSX sheet in the caller's language (see {@link #lines}). */
	public void applicationsXlsx(long driveId, Locale locale, java.io.OutputStream out) throws java.io.IOException {
		var lines = lines(driveId, locale);
		List<SpreadsheetWriter.Column<Line>> columns = List.of(
				new SpreadsheetWriter.Column<>(text(locale, "recruitment.column.no"), l -> l.no()),
				new SpreadsheetWriter.Column<>(text(locale, "recruitment.column.name"), l -> l.application().fullName()),
				new SpreadsheetWriter.Column<>(text(locale, "recruitment.column.born"), l -> l.application().dateOfBirth()),
				new SpreadsheetWriter.Column<>(text(locale, "recruitment.column.citizenId"),
						l -> l.application().citizenId()),
				new SpreadsheetWriter.Column<>(text(locale, "recruitment.column.position"), l -> l.position()),
				new SpreadsheetWriter.Column<>(text(locale, "recruitment.column.priorities"), l -> l.priorities()),
				new SpreadsheetWriter.Column<>(text(locale, "recruitment.column.appliedOn"),
						l -> l.application().appliedOn()),
				new SpreadsheetWriter.Column<>(text(locale, "recruitment.column.written"),
						l -> l.application().result() == null ? null : l.application().result().written()),
				new SpreadsheetWriter.Column<>(text(locale, "recruitment.column.interview"),
						l -> l.application().result() == null ? null : l.application().result().interview()),
				new SpreadsheetWriter.Column<>(text(locale, "recruitment.column.total"),
						l -> l.application().result() == null ? null : l.application().result().total()),
				new SpreadsheetWriter.Column<>(text(locale, "recruitment.column.outcome"), l -> l.status()),
				new SpreadsheetWriter.Column<>(text(locale, "recruitment.column.reason"), l -> l.reason()));
		SpreadsheetWriter.write(text(locale, "recruitment.sheet.applications"), columns, lines, out);
	}

	/** The notice of the results (thông báo kết quả), once they are published. */
	public Doc results(long driveId) {
		var drive = desk.drive(driveId);
		var published = drive.resultsPublishedOn();
		if (published == null) {
			throw new ConflictException("recruitment.documents.notPublished", drive.title());
		}
		var blocks = new ArrayList<Doc.Block>(header(drive, published, "/TB-", "Thông báo",
				"Kết quả " + (drive.method() == Method.EXAM ? "thi tuyển" : "xét tuyển") + " " + category(drive)));
		blocks.add(Doc.Text.plain("Căn cứ " + regime(drive) + ", " + authority(drive, published)
				+ " thông báo kết quả " + drive.title().toLowerCase(VIETNAMESE) + " như sau:"));
		var rows = new ArrayList<List<String>>();
		int n = 1;
		var positions = positions(drive);
		for (var a : desk.applications(driveId)) {
			var result = a.result();
			String outcome;
			String note;
			if (result == null || result.verdict() == null) {
				outcome = text("recruitment.application." + a.status());
				note = a.rejection() == null ? "" : text(a.rejection(), a.rejectionArguments().toArray());
			}
			else {
				outcome = text("recruitment.verdict." + result.verdict());
				note = result.reason() == null ? "" : text(result.reason(), result.reasonArguments().toArray());
			}
			rows.add(List.of(Integer.toString(n++), a.fullName(), Formats.DATE.format(a.dateOfBirth()),
					positions.getOrDefault(a.drivePositionId(), ""),
					result == null || result.total() == null ? "" : result.total().toPlainString(), outcome, note));
		}
		blocks.add(new Doc.Table(List.of("STT", "Họ và tên", "Ngày sinh", "Vị trí dự tuyển", "Tổng điểm", "Kết quả",
				"Ghi chú"), rows, new float[] { 0.5f, 2.2f, 1.2f, 1.6f, 0.9f, 1.3f, 3f }));
		blocks.add(Doc.Text.plain("Người dự tuyển có quyền đề nghị phúc khảo trong thời hạn 5 ngày làm việc kể từ ngày "
				+ "thông báo kết quả."));
		blocks.add(OfficialDocument.signature(List.of("Người dự tuyển", "Sở Nội vụ"), "TM. HỘI ĐỒNG TUYỂN DỤNG",
				"CHỦ TỊCH", ""));
		return new Doc("Thông báo kết quả - " + drive.title(), blocks);
	}

	/** The recruitment decision (quyết định tuyển dụng), once it is issued. */
	public Doc decision(long driveId) {
		var drive = desk.drive(driveId);
		var decision = drive.decision();
		if (decision == null) {
			throw new ConflictException("recruitment.documents.notDecided", drive.title());
		}
		var blocks = new ArrayList<Doc.Block>();
		blocks.addAll(OfficialDocument.header("", decision.issuer(), decision.number(), units.placeName(drive.authorityUnitId(), decision.date()),
				decision.date(), "Quyết định", "Về việc tuyển dụng " + category(drive)));
		blocks.add(Doc.Text.centered(decision.issuer().toUpperCase(VIETNAMESE), true, 14));
		blocks.add(Doc.Text.plain("Căn cứ " + regime(drive) + ";"));
		blocks.add(Doc.Text.plain("Căn cứ kết quả " + drive.title().toLowerCase(VIETNAMESE) + " được công bố ngày "
				+ Formats.DATE.format(java.util.Objects.requireNonNull(drive.resultsPublishedOn())) + ";"));
		blocks.add(Doc.Text.centered("QUYẾT ĐỊNH:", true, 14));
		blocks.add(Doc.Text.plain("Điều 1. Tuyển dụng vào " + category(drive) + " những người có tên sau:"));
		var positions = positions(drive);
		var rows = new ArrayList<List<String>>();
		int n = 1;
		for (var a : desk.applications(driveId)) {
			if (a.result() != null && "PASSED".equals(a.result().verdict())) {
				rows.add(List.of(Integer.toString(n++), a.fullName(), Formats.DATE.format(a.dateOfBirth()),
						positions.getOrDefault(a.drivePositionId(), ""), a.result().total() == null ? ""
								: a.result().total().toPlainString()));
			}
		}
		blocks.add(new Doc.Table(List.of("STT", "Họ và tên", "Ngày sinh", "Vị trí việc làm", "Tổng điểm"), rows,
				new float[] { 0.5f, 2.5f, 1.3f, 3f, 1f }));
		blocks.add(Doc.Text.plain("Điều 2. Người được tuyển dụng có trách nhiệm đến nhận việc trong thời hạn theo quy "
				+ "định; quá thời hạn mà không đến nhận việc thì quyết định tuyển dụng bị hủy bỏ."));
		blocks.add(Doc.Text.plain("Điều 3. Quyết định này có hiệu lực kể từ ngày ký."));
		blocks.add(OfficialDocument.signature(List.of("Như Điều 1", "Sở Nội vụ"), "TM. " + decision.issuer()
			.toUpperCase(VIETNAMESE), "CHỦ TỊCH", ""));
		return new Doc("Quyết định tuyển dụng - " + drive.title(), blocks);
	}

	private List<Doc.Block> header(DriveView drive, LocalDate date, String kind, String type, String subject) {
		var authority = authority(drive, date);
		return OfficialDocument.header("", "Hội đồng tuyển dụng " + authority, drive.id() + kind + "HĐTD", units.placeName(drive.authorityUnitId(), date),
				date, type, subject);
	}

	private String authority(DriveView drive, LocalDate date) {
		return units.namesAsOf(List.of(drive.authorityUnitId()), date).getOrDefault(drive.authorityUnitId(), "");
	}

	private HashMap<Long, String> positions(DriveView drive) {
		var map = new HashMap<Long, String>();
		drive.positions().forEach(p -> map.put(p.id(), p.positionCode() + " - " + p.positionName()));
		return map;
	}



	private static String category(DriveView drive) {
		return drive.category() == vn.congvu.personnel.Category.CIVIL_SERVANT ? "công chức" : "viên chức";
	}

	private static String regime(DriveView drive) {
		return switch (drive.regime()) {
			case DECREE_138_2020 -> "Nghị định số 138/2020/NĐ-CP ngày 27 tháng 11 năm 2020 của Chính phủ";
			case DECREE_170_2025 -> "Nghị định số 170/2025/NĐ-CP của Chính phủ quy định về tuyển dụng, sử dụng và quản "
					+ "lý công chức";
			case DECREE_115_2020 -> "Nghị định số 115/2020/NĐ-CP ngày 25 tháng 9 năm 2020 của Chính phủ";
		};
	}

	private String text(String code, Object... arguments) {
		return text(VIETNAMESE, code, arguments);
	}

	private String text(Locale locale, String code, Object... arguments) {
		return messages.getMessage(code, arguments, code, locale);
	}

}
