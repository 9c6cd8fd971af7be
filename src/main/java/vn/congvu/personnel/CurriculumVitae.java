package vn.congvu.personnel;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.congvu.catalog.Catalog;
import vn.congvu.organization.UnitDirectory;
import vn.congvu.shared.NotFoundException;
import vn.congvu.shared.Sex;
import vn.congvu.shared.documents.Doc;
import vn.congvu.shared.documents.Doc.Align;
import vn.congvu.shared.documents.Doc.Text;

/**
 * An official's CV on the national form, "Sơ yếu lý lịch cán bộ, công chức" (Mẫu 2C-BNV/2008, Quyết định
 * 02/2008/QĐ-BNV): the numbered items the record holds, the training, work, family and salary tables, and the blanks
 * the form leaves for what CôngVụ does not keep (armed forces, health, insurance numbers), left to be filled by hand.
 * Always in Vietnamese: it is an official document. Opening it counts as opening the record.
 */
@Service
@Transactional
public class CurriculumVitae {

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");

	private static final String BLANK = "……………………";

	private final PersonnelRecords records;

	private final UnitDirectory units;

	private final Catalog catalog;

	private final Clock clock;

	private final Attachments attachments;

	CurriculumVitae(PersonnelRecords records, UnitDirectory units, Catalog catalog, Attachments attachments,
			Clock clock) {
		this.attachments = attachments;
		this.records = records;
		this.units = units;
		this.catalog = catalog;
		this.clock = clock;
	}

	public Doc of(long officialId) {
		var o = records.official(officialId)
			.orElseThrow(() -> new NotFoundException("personnel.official.notFound", officialId));
		var today = LocalDate.now(clock);
		var history = records.employmentHistory(officialId);
		var actions = records.actions(officialId).stream().filter(a -> !a.cancelled()).toList();
		var now = records.employment(officialId, today).orElse(history.isEmpty() ? null : history.get(history.size() - 1));
		var unitName = now == null ? "" : unitName(now.unitId(), today.isBefore(now.validFrom()) ? now.validFrom() : today);
		var parentName = now == null ? "" : units.ancestorsAsOf(now.unitId(), today)
			.stream()
			.findFirst()
			.map(u -> u.name())
			.orElse("");
		var entry = actions.stream().filter(a -> a.kind().startsEmployment()).findFirst().orElse(null);

		var blocks = new ArrayList<Doc.Block>();
		blocks.add(new Doc.Columns(
				List.of(Text.plain("Cơ quan, đơn vị có thẩm quyền quản lý CBCC: " + orBlank(parentName)),
						Text.plain("Cơ quan, đơn vị sử dụng CBCC: " + orBlank(unitName)),
						Text.plain("Số hiệu cán bộ, công chức: " + o.id())),
				List.of(new Text("Mẫu 2C-BNV/2008", true, false, Align.RIGHT, 12),
						new Text("(Ban hành kèm theo Quyết định số 02/2008/QĐ-BNV)", false, true, Align.RIGHT, 11))));
		// the photo of the form's box, 4×6 cm, or the box's words when the record has none
		var photo = attachments.photo(officialId);
		if (photo.isPresent()) {
			blocks.add(new Doc.Image(photo.get().bytes(), 40, 60, Align.LEFT));
		}
		else {
			blocks.add(new Text("(Ảnh màu 4 x 6 cm)", false, true, Align.LEFT, 11));
		}
		blocks.add(Text.centered("SƠ YẾU LÝ LỊCH CÁN BỘ, CÔNG CHỨC", true, 15));
		blocks.add(new Doc.Field("1) Họ và tên khai sinh (viết chữ in hoa)", o.fullName().toUpperCase(Locale.forLanguageTag("vi"))));
		blocks.add(new Doc.Field("2) Tên gọi khác", BLANK));
		blocks.add(new Doc.Field("3) Sinh ngày", (o.birthYearOnly() ? "năm " + o.dateOfBirth().getYear()
				: "ngày " + two(o.dateOfBirth().getDayOfMonth()) + " tháng " + two(o.dateOfBirth().getMonthValue())
						+ " năm " + o.dateOfBirth().getYear())
				+ ", giới tính: " + (o.sex() == Sex.MALE ? "Nam" : "Nữ")));
		blocks.add(new Doc.Field("4) Nơi sinh", orBlank(o.birthplace())));
		blocks.add(new Doc.Field("5) Quê quán", orBlank(o.homeTown())));
		blocks.add(new Doc.Field("6) Dân tộc", name("ETHNIC_GROUP", o.ethnicGroup()) + ",  7) Tôn giáo: "
				+ orBlank(name("RELIGION", o.religion()))));
		blocks.add(new Doc.Field("8) Nơi đăng ký hộ khẩu thường trú", BLANK));
		blocks.add(new Doc.Field("9) Nơi ở hiện nay", orBlank(o.residence())));
		blocks.add(new Doc.Field("10) Điện thoại, thư điện tử", orBlank(join(o.phone(), o.email()))));
		blocks.add(new Doc.Field("11) Ngày tuyển dụng", entry == null ? BLANK
				: date(entry.effectiveDate()) + ", cơ quan tuyển dụng: " + entry.decision().issuer()));
		blocks.add(new Doc.Field("12) Chức vụ (chức danh) hiện tại",
				now == null || now.positionTitle() == null ? BLANK : now.positionTitle()));
		blocks.add(new Doc.Field("13) Ngạch công chức (viên chức)", now == null || now.rankCode() == null ? BLANK
				: rankName(now.rankCode(), today) + ", mã ngạch: " + now.rankCode() + ", bậc lương: " + now.salaryStep()
						+ ", hệ số: " + coefficient(now.salaryScaleCode(), now.salaryStep(), today) + ", ngày hưởng: "
						+ (now.stepStart() == null ? BLANK : date(now.stepStart()))));
		var q = o.qualifications();
		blocks.add(new Doc.Field("14.1) Trình độ giáo dục phổ thông", orBlank(name("GENERAL_EDUCATION", q.generalEducation()))));
		blocks.add(new Doc.Field("14.2) Trình độ chuyên môn cao nhất", orBlank(name("PROFESSIONAL_LEVEL", q.professionalLevel()))));
		blocks.add(new Doc.Field("14.3) Lý luận chính trị", orBlank(name("POLITICAL_THEORY", q.politicalTheory()))
				+ ",  14.4) Quản lý nhà nước: " + orBlank(name("STATE_MANAGEMENT", q.stateManagement()))));
		blocks.add(new Doc.Field("14.5) Ngoại ngữ", orBlank(q.foreignLanguage()) + ",  14.6) Tin học: " + orBlank(q.itSkill())));
		var m = o.memberships();
		blocks.add(new Doc.Field("15) Ngày vào Đảng Cộng sản Việt Nam", (m.partyJoinedOn() == null ? BLANK : date(m.partyJoinedOn()))
				+ ", ngày chính thức: " + (m.partyConfirmedOn() == null ? BLANK : date(m.partyConfirmedOn()))));
		blocks.add(new Doc.Field("16) Ngày tham gia tổ chức chính trị - xã hội",
				join(m.youthUnionJoinedOn() == null ? null : "Đoàn TNCS Hồ Chí Minh " + date(m.youthUnionJoinedOn()),
						m.tradeUnionJoinedOn() == null ? null : "Công đoàn " + date(m.tradeUnionJoinedOn()), BLANK)));
		blocks.add(new Doc.Field("17) Ngày nhập ngũ, ngày xuất ngũ, quân hàm cao nhất", BLANK));
		blocks.add(new Doc.Field("18) Tình trạng sức khỏe, chiều cao, cân nặng, nhóm máu", BLANK));
		blocks.add(new Doc.Field("19) Số căn cước (định danh cá nhân)", o.citizenId()));
		blocks.add(new Doc.Field("20) Số sổ bảo hiểm xã hội", BLANK));

		blocks.add(new Doc.Heading("21) ĐÀO TẠO, BỒI DƯỠNG VỀ CHUYÊN MÔN, NGHIỆP VỤ, LÝ LUẬN CHÍNH TRỊ, NGOẠI NGỮ, TIN HỌC"));
		var training = new ArrayList<List<String>>();
		for (var d : o.degrees()) {
			training.add(List.of(orBlank(d.institution()), d.major(),
					d.graduationYear() == null ? "" : "Tốt nghiệp năm " + d.graduationYear(), mode(d.trainingMode()),
					orBlank(name("PROFESSIONAL_LEVEL", d.levelCode()))));
		}
		blocks.add(new Doc.Table(List.of("Tên trường", "Chuyên ngành đào tạo, bồi dưỡng", "Thời gian",
				"Hình thức đào tạo", "Văn bằng, chứng chỉ, trình độ"), empty(training, 5), new float[] { 3, 3, 2, 2, 2 }));

		blocks.add(new Doc.Heading("22) TÓM TẮT QUÁ TRÌNH CÔNG TÁC"));
		var work = new ArrayList<List<String>>();
		for (var w : o.priorWork()) {
			work.add(List.of(MONTH.format(w.fromMonth()) + " - " + (w.toMonth() == null ? "" : MONTH.format(w.toMonth())),
					w.description()));
		}
		for (var p : history) {
			var last = p.validTo() == null ? null : p.validTo().minusDays(1);
			var what = new StringBuilder();
			if (p.positionTitle() != null) {
				what.append(p.positionTitle()).append(", ");
			}
			what.append(unitName(p.unitId(), p.validFrom()));
			if (p.rankCode() != null) {
				what.append(" (").append(rankName(p.rankCode(), p.validFrom())).append(")");
			}
			work.add(List.of(MONTH.format(p.validFrom()) + " - " + (last == null ? "nay" : MONTH.format(last)),
					what.toString()));
		}
		blocks.add(new Doc.Table(List.of("Từ tháng, năm đến tháng, năm", "Chức danh, chức vụ, đơn vị công tác"),
				merge(work), new float[] { 1, 3 }));

		blocks.add(new Doc.Heading("23) QUAN HỆ GIA ĐÌNH"));
		blocks.add(Text.plain("a) Về bản thân: cha, mẹ, vợ (hoặc chồng), các con, anh chị em ruột"));
		blocks.add(familyTable(o.family(), FamilyMember.FamilySide.OWN));
		blocks.add(Text.plain("b) Về bên vợ (hoặc chồng): cha, mẹ, anh chị em ruột"));
		blocks.add(familyTable(o.family(), FamilyMember.FamilySide.SPOUSE));

		blocks.add(new Doc.Heading("24) DIỄN BIẾN QUÁ TRÌNH LƯƠNG CỦA CÁN BỘ, CÔNG CHỨC"));
		var salary = new ArrayList<List<String>>();
		for (var line : SalaryHistory.of(history, catalog::salaryScale)) {
			if (line.scaleCode() == null || line.step() == null) {
				continue;
			}
			var from = line.stepStart() != null && line.stepStart().isAfter(line.from()) ? line.stepStart() : line.from();
			salary.add(List.of(MONTH.format(from), line.rankCode() + " / bậc " + line.step(),
					line.coefficient() == null ? "" : line.coefficient().toPlainString().replace('.', ',')));
		}
		blocks.add(new Doc.Table(List.of("Tháng, năm", "Mã ngạch / bậc", "Hệ số lương"), empty(salary, 3),
				new float[] { 1, 2, 1 }));

		blocks.add(new Doc.Heading("25) NHẬN XÉT, ĐÁNH GIÁ CỦA CƠ QUAN, ĐƠN VỊ QUẢN LÝ VÀ SỬ DỤNG CÁN BỘ, CÔNG CHỨC"));
		blocks.add(Text.plain(BLANK + BLANK + BLANK));
		blocks.add(new Doc.Columns(
				List.of(Text.centered("Người khai", true, 13),
						Text.centered("Tôi xin cam đoan những lời khai trên đây là đúng sự thật", false, 12),
						new Text("(Ký tên, ghi rõ họ tên)", false, true, Align.CENTER, 12), Text.plain(""),
						Text.plain(""), Text.centered(o.fullName(), true, 13)),
				List.of(new Text("…………, ngày " + two(today.getDayOfMonth()) + " tháng " + monthText(today.getMonthValue())
						+ " năm " + today.getYear(), false, true, Align.CENTER, 13),
						Text.centered("Thủ trưởng cơ quan, đơn vị quản lý và sử dụng CBCC", true, 13),
						new Text("(Ký tên, đóng dấu)", false, true, Align.CENTER, 12))));
		return new Doc("Sơ yếu lý lịch - " + o.fullName(), blocks);
	}

	private Doc.Table familyTable(List<FamilyMember> family, FamilyMember.FamilySide side) {
		var rows = new ArrayList<List<String>>();
		for (var f : family) {
			if (f.side() == side) {
				rows.add(List.of(f.relation(), f.fullName(), f.birthYear() == null ? "" : f.birthYear().toString(),
						orBlank(f.details())));
			}
		}
		return new Doc.Table(List.of("Mối quan hệ", "Họ và tên", "Năm sinh",
				"Quê quán, nghề nghiệp, chức danh, chức vụ, đơn vị công tác, học tập, nơi ở"), empty(rows, 4),
				new float[] { 2, 3, 1, 6 });
	}

	/** Consecutive periods at the same unit and post read as one line of the work table. */
	private static List<List<String>> merge(List<List<String>> rows) {
		var merged = new ArrayList<List<String>>();
		for (var row : rows) {
			if (!merged.isEmpty() && merged.get(merged.size() - 1).get(1).equals(row.get(1))) {
				var last = merged.remove(merged.size() - 1);
				var from = last.get(0).substring(0, last.get(0).indexOf(" - "));
				var to = row.get(0).substring(row.get(0).indexOf(" - ") + 3);
				merged.add(List.of(from + " - " + to, row.get(1)));
			}
			else {
				merged.add(row);
			}
		}
		return merged.isEmpty() ? empty(merged, 2) : merged;
	}

	private static List<List<String>> empty(List<List<String>> rows, int columns) {
		if (!rows.isEmpty()) {
			return rows;
		}
		var blank = new ArrayList<String>();
		for (int i = 0; i < columns; i++) {
			blank.add("");
		}
		return List.of(blank);
	}

	private String unitName(long unitId, LocalDate date) {
		return units.unit(unitId, date).map(u -> u.name())
			.or(() -> units.versions(unitId).stream().reduce((a, b) -> b).map(v -> v.name()))
			.orElse("");
	}

	private String rankName(String code, LocalDate date) {
		return catalog.rank(code, date).map(r -> r.name()).orElse(code);
	}

	private String coefficient(@Nullable String scale, @Nullable Integer step, LocalDate date) {
		if (scale == null || step == null) {
			return "";
		}
		try {
			BigDecimal c = catalog.salaryScale(scale, date).coefficient(step);
			return c.toPlainString().replace('.', ',');
		}
		catch (RuntimeException ex) {
			return "";
		}
	}

	private String name(String list, @Nullable String code) {
		if (code == null) {
			return "";
		}
		return catalog.items(list).stream().filter(i -> i.code().equals(code)).findFirst().map(i -> i.nameVi()).orElse(code);
	}

	private static String mode(@Nullable TrainingMode mode) {
		if (mode == null) {
			return "";
		}
		return switch (mode) {
			case FULL_TIME -> "Chính quy";
			case PART_TIME -> "Vừa làm vừa học";
			case DISTANCE -> "Từ xa";
			case REFRESHER -> "Bồi dưỡng";
		};
	}

	private static String date(LocalDate date) {
		return two(date.getDayOfMonth()) + "/" + two(date.getMonthValue()) + "/" + date.getYear();
	}

	private static String two(int n) {
		return n < 10 ? "0" + n : Integer.toString(n);
	}

	/** Months in a document's date: only January and February take a leading zero (Decree 30/2020, Annex I). */
	static String monthText(int month) {
		return month < 3 ? "0" + month : Integer.toString(month);
	}

	private static String orBlank(@Nullable String text) {
		return text == null || text.isBlank() ? BLANK : text;
	}

	private static String join(@Nullable String... parts) {
		var present = new ArrayList<String>();
		for (var p : parts) {
			if (p != null && !p.isBlank() && !BLANK.equals(p)) {
				present.add(p);
			}
		}
		if (present.isEmpty()) {
			return parts.length > 0 && Objects.equals(parts[parts.length - 1], BLANK) ? BLANK : "";
		}
		return String.join("; ", present);
	}

}
