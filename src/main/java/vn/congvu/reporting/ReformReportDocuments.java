package vn.congvu.reporting;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.congvu.shared.documents.Doc;
import vn.congvu.shared.documents.OfficialDocument;
import vn.congvu.shared.documents.SpreadsheetWriter;
import vn.congvu.shared.documents.SpreadsheetWriter.Column;
import vn.congvu.shared.indicator.Breakdown;
import vn.congvu.shared.indicator.Row;

/**
 * The civil-service section of the periodic reform report as documents: a report in the layout of Decree 30/2020
 * (DOMAIN A3) with the figures written into sentences the way such reports are written (the seed's "Trong 6 tháng đầu
 * năm 2021, đã tuyển dụng 13 công chức, viên chức; ..."), and its appendix of every figure; and the appendix tables as
 * XLSX: the figures, their breakdown by unit, and the records behind each. Written in Vietnamese, the language of
 * official documents.
 */
@Service
@Transactional(readOnly = true)
public class ReformReportDocuments {

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final ReformReport reports;

	private final RecordLabels labels;

	ReformReportDocuments(ReformReport reports, RecordLabels labels) {
		this.labels = labels;
		this.reports = reports;
	}

	/** The report computed now as a draft document: no number yet, dated the last day of its period. */
	public Doc document(@Nullable Long scopeUnitId, @Nullable LocalDate from, @Nullable LocalDate to) {
		return document(reports.content(scopeUnitId, from, to, ReformReport.Progress.NONE), null, null);
	}

	/**
	 * A report's content as a document: numbered and dated when issued, otherwise a draft with the number left blank
	 * and the date of the period's last day. Reads nothing but the content, so an issued report's content writes the
	 * same document at any later time.
	 */
	public Doc document(ReformReport.Content content, @Nullable String number, @Nullable LocalDate issuedOn) {
		var report = content.report(true);
		var v = new HashMap<String, Long>();
		report.indicators().forEach(f -> v.put(f.code(), f.value()));
		var scopeName = report.scope().name();
		var scope = OfficialDocument.midSentence(scopeName);
		var period = period(report.from(), report.to());
		var issuer = content.issuer();
		var blocks = new ArrayList<Doc.Block>();
		if (number == null) {
			// a draft: its number is written by hand once issued, and it says it is a draft
			blocks.add(new Doc.Text("DỰ THẢO", true, false, Doc.Align.RIGHT, 12));
		}
		blocks.addAll(OfficialDocument.header("", issuer, number == null ? "      /BC" : number,
				content.place(), issuedOn == null ? report.to() : issuedOn, "Báo cáo",
				"Kết quả cải cách công vụ " + period));
		blocks.add(Doc.Text.plain("I. KẾT QUẢ CẢI CÁCH CÔNG VỤ", true));
		var first = new StringBuilder("Trong " + period + ", " + scope);
		var clauses = new ArrayList<String>();
		if (v.containsKey("recruitment.hired")) {
			clauses.add("đã tuyển dụng " + n(v.get("recruitment.hired")) + " công chức, viên chức");
		}
		if (v.containsKey("promotion.candidates")) {
			clauses.add("tổ chức thi, xét nâng ngạch công chức và thăng hạng chức danh nghề nghiệp viên chức cho "
					+ n(v.get("promotion.candidates")) + " cán bộ, công chức, viên chức, có "
					+ n(v.getOrDefault("promotion.passed", 0L)) + " người trúng tuyển");
		}
		if (v.containsKey("mobility.moves")) {
			clauses.add("điều động, bổ nhiệm, thuyên chuyển và tiếp nhận " + n(v.get("mobility.moves")) + " trường hợp"
					+ " (điều động " + n(v.getOrDefault("mobility.transfers", 0L)) + ", bổ nhiệm và bổ nhiệm lại "
					+ n(v.getOrDefault("mobility.appointments", 0L)) + ", thuyên chuyển "
					+ n(v.getOrDefault("mobility.reassignments", 0L)) + ", tiếp nhận "
					+ n(v.getOrDefault("mobility.receptions", 0L)) + ")");
		}
		first.append(clauses.isEmpty() ? " không có số liệu" : " " + String.join("; ", clauses)).append('.');
		blocks.add(Doc.Text.plain(first.toString()));
		if (v.containsKey("staffing.compliantUnitsPct")) {
			var compliance = new StringBuilder("Đến ngày " + DATE.format(report.to()) + ", có "
					+ v.get("staffing.compliantUnitsPct") + "% cơ quan, đơn vị (" + n(v.getOrDefault(
							"staffing.compliantUnits", 0L)) + "/" + n(v.getOrDefault("staffing.units", 0L))
					+ ") thực hiện đúng quy định về vị trí việc làm và cơ cấu ngạch công chức");
			long violations = v.getOrDefault("staffing.violations", 0L);
			compliance.append(violations == 0 ? "." : "; còn " + n(violations)
					+ " trường hợp chưa đúng quy định cần được khắc phục.");
			blocks.add(Doc.Text.plain(compliance.toString()));
		}
		var other = new ArrayList<String>();
		if (v.containsKey("position.schemesApproved")) {
			other.add(n(v.get("position.schemesApproved")) + " đề án vị trí việc làm được phê duyệt");
		}
		if (v.containsKey("personnel.retirements")) {
			other.add(n(v.get("personnel.retirements")) + " người nghỉ hưu");
		}
		if (v.containsKey("personnel.salarySteps")) {
			other.add(n(v.get("personnel.salarySteps")) + " lượt nâng bậc lương thường xuyên");
		}
		if (!other.isEmpty()) {
			blocks.add(Doc.Text.plain("Trong kỳ có " + String.join("; ", other) + "."));
		}
		if (v.containsKey("personnel.headcount")) {
			blocks.add(Doc.Text.plain("Tổng số người đang công tác đến ngày " + DATE.format(report.to()) + " là "
					+ n(v.get("personnel.headcount")) + " người, trong đó " + n(v.getOrDefault(
							"personnel.headcount.cadres", 0L)) + " cán bộ, " + n(v.getOrDefault(
									"personnel.headcount.civilServants", 0L)) + " công chức, "
					+ n(v.getOrDefault("personnel.headcount.publicEmployees", 0L)) + " viên chức."));
		}
		blocks.add(Doc.Text.plain("II. PHỤ LỤC: CÁC CHỈ TIÊU", true));
		var rows = new ArrayList<List<String>>();
		int i = 1;
		for (var f : report.indicators()) {
			rows.add(List.of(Integer.toString(i++), f.label(), n(f.value()), f.unit()));
		}
		blocks.add(new Doc.Table(List.of("STT", "Chỉ tiêu", "Số liệu", "Đơn vị tính"), rows,
				new float[] { 0.8f, 5f, 1.2f, 1.5f }));
		blocks.add(Doc.Text.plain("Số liệu được tổng hợp từ hồ sơ, quyết định trong CôngVụ theo phạm vi và kỳ báo cáo; "
				+ "mỗi số liệu kèm danh sách hồ sơ, quyết định tạo nên số liệu đó."));
		boolean council = !issuer.equals(scopeName);
		blocks.add(OfficialDocument.signature(List.of("Sở Nội vụ"), council ? "TM. " + issuer.toUpperCase(VIETNAMESE)
				: "THỦ TRƯỞNG CƠ QUAN, ĐƠN VỊ", council ? "CHỦ TỊCH" : "", ""));
		return new Doc("Báo cáo kết quả cải cách công vụ " + period + " - " + scopeName, blocks);
	}

	/**
	 * The appendix tables of the report computed now. Its records are written as they are read, never all held: a
	 * province of a million officials has millions.
	 */
	public void workbook(@Nullable Long scopeUnitId, @Nullable LocalDate from, @Nullable LocalDate to, OutputStream out)
			throws IOException {
		var content = reports.appendix(scopeUnitId, from, to, ReformReport.Progress.NONE);
		var names = new HashMap<>(content.unitNames());
		workbook(content, sink -> reports.records(content, sink),
				unitId -> names.computeIfAbsent(unitId, id -> reports.unitName(id, content.to())), out);
	}

	/**
	 * The appendix: the figures, their breakdown by unit, the breakdowns of the content (the workforce on the period's
	 * last day by category, rank level, age and sex; the period's decisions by category and rank level), one sheet
	 * each, and the records behind each figure, which {@code records} hands over one at a time (with their figure's
	 * code), over as many sheets as they need. Units are named by {@code unitName}.
	 */
	public void workbook(ReformReport.Content content, Consumer<BiConsumer<String, Row>> records,
			Function<Long, String> unitName, OutputStream out) throws IOException {
		record Line(String code, Row row) {
		}
		record Count(String code, long unitId, long count) {
		}
		var figures = content.report(true).indicators();
		List<Column<ReformReport.Figure>> figureColumns = List.of(new Column<>("Mã", ReformReport.Figure::code),
				new Column<>("Chỉ tiêu", ReformReport.Figure::label), new Column<>("Số liệu", ReformReport.Figure::value),
				new Column<>("Đơn vị tính", ReformReport.Figure::unit));
		List<Column<Count>> unitColumns = List.of(new Column<>("Mã chỉ tiêu", Count::code),
				new Column<>("Cơ quan, đơn vị", c -> unitName.apply(c.unitId())), new Column<>("Số liệu", Count::count));
		List<Column<Line>> lineColumns = List.of(new Column<>("Mã chỉ tiêu", Line::code),
				new Column<>("Họ tên, tên", l -> l.row().subjectName()), new Column<>("Nội dung", l -> labels.whatVietnamese(l.row().what())),
				new Column<>("Ngày", l -> l.row().date()), new Column<>("Số quyết định", l -> l.row().decisionNumber()),
				new Column<>("Cơ quan, đơn vị", l -> l.row().unitId() == null ? null : unitName.apply(l.row().unitId())),
				new Column<>("Mã hồ sơ", l -> l.row().recordId()));
		try (var book = new SpreadsheetWriter.Book()) {
			figures.forEach(book.sheet("Chỉ tiêu", figureColumns));
			var byUnit = book.sheet("Theo đơn vị", unitColumns);
			int n = 1;
			for (var t : content.tables()) {
				var columns = new ArrayList<Column<Breakdown.Series>>();
				columns.add(new Column<>(t.label(), Breakdown.Series::name));
				var categories = t.table().categories();
				for (int i = 0; i < categories.size(); i++) {
					int index = i;
					columns.add(new Column<>(categories.get(i), s -> s.values().get(index)));
				}
				columns.add(new Column<>("Tổng cộng", s -> s.values().stream().mapToLong(Long::longValue).sum()));
				t.table().series().forEach(book.sheet("Biểu " + n++, columns));
			}
			// the records are written as they come; the counts by unit, on their sheet above, once all have come
			var lines = book.sheets("Hồ sơ", lineColumns, SpreadsheetWriter.MAX_ROWS);
			var counts = new TreeMap<String, Map<Long, Long>>();
			records.accept((code, row) -> {
				lines.accept(new Line(code, row));
				if (row.unitId() != null) {
					counts.computeIfAbsent(code, k -> new TreeMap<>()).merge(row.unitId(), 1L, Long::sum);
				}
			});
			counts.forEach((code, perUnit) -> perUnit.forEach((unit, count) -> byUnit.accept(new Count(code, unit,
					count))));
			book.write(out);
		}
	}

	/**
	 * The period as reports name it: "6 tháng đầu năm 2021", "quý III năm 2022", "năm 2023", or "từ ngày ... đến ngày
	 * ...".
	 */
	static String period(LocalDate from, LocalDate to) {
		int year = from.getYear();
		if (to.getYear() == year && from.getDayOfMonth() == 1 && to.equals(to.withDayOfMonth(to.lengthOfMonth()))) {
			int first = from.getMonthValue();
			int last = to.getMonthValue();
			if (first == 1 && last == 12) {
				return "năm " + year;
			}
			if (first == 1 && last == 6) {
				return "6 tháng đầu năm " + year;
			}
			if (first == 7 && last == 12) {
				return "6 tháng cuối năm " + year;
			}
			if (last - first == 2 && first % 3 == 1) {
				return "quý " + List.of("I", "II", "III", "IV").get(first / 3) + " năm " + year;
			}
			if (first == 1 && last == 9) {
				return "9 tháng đầu năm " + year;
			}
		}
		return "từ ngày " + DATE.format(from) + " đến ngày " + DATE.format(to);
	}

	/** A whole number the Vietnamese way: 14.350. */
	static String n(long value) {
		return String.format(Locale.GERMANY, "%,d", value);
	}

}
