package vn.congvu.shared.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import vn.congvu.shared.documents.SpreadsheetWriter.Column;

class SpreadsheetWriterTests {

	record Person(String name, LocalDate born, int step) {
	}

	@Test
	void writesHeadersDatesNumbersAndNeverAFormula() throws Exception {
		var out = new ByteArrayOutputStream();
		List<Column<Person>> columns = List.of(new Column<>("Họ và tên", Person::name),
				new Column<>("Ngày sinh", Person::born), new Column<>("Bậc", Person::step));
		SpreadsheetWriter.write("Danh sách", columns,
				List.of(new Person("Nguyễn Văn An", LocalDate.of(1980, 3, 15), 4),
						new Person("=HYPERLINK(\"http://x\",\"bấm\")", LocalDate.of(1990, 1, 1), 1),
						new Person("@SUM(A1)", LocalDate.of(1990, 1, 1), 1)),
				out);
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
			var sheet = workbook.getSheet("Danh sách");
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Họ và tên");
			assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Nguyễn Văn An");
			assertThat(sheet.getRow(1).getCell(1).getLocalDateTimeCellValue().toLocalDate())
				.isEqualTo(LocalDate.of(1980, 3, 15));
			assertThat(sheet.getRow(1).getCell(1).getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy");
			assertThat(sheet.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(4.0);
			for (int r = 2; r <= 3; r++) {
				var cell = sheet.getRow(r).getCell(0);
				assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
				assertThat(cell.getCellStyle().getQuotePrefixed()).isTrue();
			}
			assertThat(sheet.getRow(1).getCell(0).getCellStyle().getQuotePrefixed()).isFalse();
		}
	}


	@Test
	void rowsTooManyForASheetGoOnTheNextOnesAndASheetTakesRowsAfterALaterOne() throws Exception {
		List<Column<Integer>> columns = List.of(new Column<>("Số", n -> n));
		var out = new ByteArrayOutputStream();
		try (var book = new SpreadsheetWriter.Book()) {
			var totals = book.sheet("Tổng", columns);
			var records = book.sheets("Hồ sơ", columns, 2);
			List.of(1, 2, 3, 4, 5).forEach(records);
			totals.accept(15);
			book.sheets("Trống", columns, 2);
			book.write(out);
		}
		try (var book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
			assertThat(book.getNumberOfSheets()).isEqualTo(5);
			assertThat(java.util.stream.IntStream.range(0, 5).mapToObj(book::getSheetName))
				.containsExactly("Tổng", "Hồ sơ", "Hồ sơ (2)", "Hồ sơ (3)", "Trống");
			assertThat(book.getSheetAt(0).getRow(1).getCell(0).getNumericCellValue()).isEqualTo(15);
			assertThat(book.getSheetAt(2).getRow(0).getCell(0).getStringCellValue()).isEqualTo("Số");
			assertThat(book.getSheetAt(2).getRow(2).getCell(0).getNumericCellValue()).isEqualTo(4);
			assertThat(book.getSheetAt(3).getLastRowNum()).isEqualTo(1);
			assertThat(book.getSheetAt(4).getLastRowNum()).isZero();
		}
	}

}
