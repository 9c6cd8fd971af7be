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
		blocks.addAll(OfficialDocument.header("", decision.issuer(), decision.number(), place(decision.date()),
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
		return OfficialDocument.header("", "Hội đồng tuyển dụng " + authority, drive.id() + kind + "HĐTD", place(date),
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

	private static String place(LocalDate date) {
		return date.isBefore(LocalDate.of(2025, 7, 1)) ? "Bạc Liêu" : "Cà Mau";
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
		return messages.getMessage(code, arguments, code, VIETNAMESE);
	}

}
