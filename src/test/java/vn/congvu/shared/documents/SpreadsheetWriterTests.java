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
	void rowsTooManyForASheetGoOnTheNextOnes() throws Exception {
		List<Column<Integer>> columns = List.of(new Column<>("Số", n -> n));
		var sheets = SpreadsheetWriter.sheets("Hồ sơ", columns, List.of(1, 2, 3, 4, 5), 2);
		assertThat(sheets).extracting(SpreadsheetWriter.Sheet::name).containsExactly("Hồ sơ", "Hồ sơ (2)", "Hồ sơ (3)");
		assertThat(sheets.get(2).rows()).containsExactly(5);
		assertThat(SpreadsheetWriter.sheets("Hồ sơ", columns, List.<Integer>of(), 2)).hasSize(1);
		assertThat(SpreadsheetWriter.sheets("Hồ sơ", columns, List.of(1, 2), 2)).hasSize(1);
		var out = new ByteArrayOutputStream();
		SpreadsheetWriter.write(new java.util.ArrayList<>(sheets), out);
		try (var book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
			assertThat(book.getNumberOfSheets()).isEqualTo(3);
			assertThat(book.getSheetAt(1).getRow(0).getCell(0).getStringCellValue()).isEqualTo("Số");
			assertThat(book.getSheetAt(1).getRow(2).getCell(0).getNumericCellValue()).isEqualTo(4);
		}
	}

}
