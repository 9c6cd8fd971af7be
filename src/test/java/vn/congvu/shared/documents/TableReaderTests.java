package vn.congvu.shared.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.congvu.shared.InvalidInputException;

class TableReaderTests {

	@TempDir
	Path dir;

	private List<List<String>> read(Path file, TableReader.Format format) {
		var rows = new ArrayList<List<String>>();
		TableReader.read(file, format, (number, cells) -> {
			var row = new ArrayList<String>();
			row.add(Integer.toString(number));
			row.addAll(cells);
			rows.add(row);
		});
		return rows;
	}

	private Path write(Workbook workbook, String name) throws IOException {
		var file = dir.resolve(name);
		try (OutputStream out = Files.newOutputStream(file)) {
			workbook.write(out);
		}
		workbook.close();
		return file;
	}

	/** What Excel writes: shared strings, typed dates and numbers, rich text, formulas, gaps between cells. */
	@Test
	void readsAWorkbookAsExcelWritesIt() throws IOException {
		var workbook = new XSSFWorkbook();
		var sheet = workbook.createSheet("Danh sách");
		var dateStyle = workbook.createCellStyle();
		dateStyle.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
		var header = sheet.createRow(0);
		header.createCell(0).setCellValue("Số định danh cá nhân");
		header.createCell(1).setCellValue("Họ và tên");
		var row = sheet.createRow(1);
		row.createCell(0).setCellValue(95080000123d); // a citizen id typed as a number: its leading zero lost
		var rich = new XSSFRichTextString("Nguyễn Thị Ánh");
		rich.applyFont(0, 6, workbook.createFont());
		row.createCell(1).setCellValue(rich);
		var born = row.createCell(2);
		born.setCellValue(LocalDate.of(1985, 2, 28));
		born.setCellStyle(dateStyle);
		row.createCell(3).setCellValue(2.34);
		row.createCell(5).setCellValue(true); // column E left empty
		row.createCell(6).setCellFormula("\"Phường \"&\"1\"");
		row.createCell(7).setCellFormula("1+1");
		workbook.setForceFormulaRecalculation(false);
		workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
		sheet.createRow(3).createCell(1).setCellValue("Đặng Văn Ơn"); // row 3 (the third) left out entirely
		var rows = read(write(workbook, "excel.xlsx"), TableReader.Format.XLSX);
		assertThat(rows).containsExactly(List.of("1", "Số định danh cá nhân", "Họ và tên"),
				List.of("2", "95080000123", "Nguyễn Thị Ánh", "28/02/1985", "2.34", "", "TRUE", "Phường 1", "2"),
				List.of("4", "", "Đặng Văn Ơn"));
	}

	/** What streaming writers (ours, POI's SXSSF) write: inline strings. */
	@Test
	void readsInlineStrings() throws IOException {
		var workbook = new SXSSFWorkbook(10);
		var sheet = workbook.createSheet("A");
		for (int r = 0; r < 50; r++) {
			var row = sheet.createRow(r);
			row.createCell(0).setCellValue("Trần Thị Ngọc Ánh " + r);
			row.createCell(2).setCellValue("=1+" + r); // text that looks like a formula stays text
		}
		var rows = read(write(workbook, "stream.xlsx"), TableReader.Format.XLSX);
		assertThat(rows).hasSize(50);
		assertThat(rows.get(49)).containsExactly("50", "Trần Thị Ngọc Ánh 49", "", "=1+49");
	}

	/** Every cell as POI's own user model formats it, on a sheet of random text, numbers and dates. */
	@Test
	void agreesWithPoisUserModelOnRandomCells() throws IOException {
		var random = new Random(20211231);
		var workbook = new XSSFWorkbook();
		var sheet = workbook.createSheet("S");
		var dateStyle = workbook.createCellStyle();
		dateStyle.setDataFormat(workbook.createDataFormat().getFormat("d/m/yyyy"));
		var expected = new ArrayList<List<String>>();
		String letters = "aăâbcdđeêghiklmnoôơpqrstuưvxyàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ &<>\"'";
		for (int r = 0; r < 300; r++) {
			var row = sheet.createRow(r);
			var cells = new ArrayList<String>();
			cells.add(Integer.toString(r + 1));
			for (int c = 0; c < 8; c++) {
				var cell = row.createCell(c);
				switch (random.nextInt(3)) {
					case 0 -> {
						var text = new StringBuilder();
						for (int k = random.nextInt(12); k > 0; k--) {
							text.append(letters.charAt(random.nextInt(letters.length())));
						}
						cell.setCellValue(text.toString());
						cells.add(text.toString());
					}
					case 1 -> {
						long n = random.nextLong() % 1_000_000_000_000L;
						cell.setCellValue((double) n);
						cells.add(Long.toString(n));
					}
					default -> {
						var date = LocalDate.of(1950 + random.nextInt(80), 1 + random.nextInt(12), 1 + random.nextInt(28));
						cell.setCellValue(date);
						cell.setCellStyle(dateStyle);
						cells.add(String.format("%02d/%02d/%d", date.getDayOfMonth(), date.getMonthValue(), date.getYear()));
					}
				}
			}
			expected.add(cells);
		}
		assertThat(read(write(workbook, "random.xlsx"), TableReader.Format.XLSX)).isEqualTo(expected);
	}

	/** A minimal workbook as other programs write it: no styles part, ISO date cells, error cells. */
	@Test
	void readsAMinimalWorkbookWithoutStyles() throws IOException {
		var file = dir.resolve("minimal.xlsx");
		try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(file))) {
			entry(out, "[Content_Types].xml", """
					<?xml version="1.0" encoding="UTF-8"?>
					<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
					<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
					<Default Extension="xml" ContentType="application/xml"/>
					<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
					<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
					</Types>""");
			entry(out, "_rels/.rels", """
					<?xml version="1.0" encoding="UTF-8"?>
					<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
					<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
					</Relationships>""");
			entry(out, "xl/workbook.xml", """
					<?xml version="1.0" encoding="UTF-8"?>
					<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
					<sheets><sheet name="A" sheetId="1" r:id="rId1"/></sheets></workbook>""");
			entry(out, "xl/_rels/workbook.xml.rels", """
					<?xml version="1.0" encoding="UTF-8"?>
					<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
					<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
					</Relationships>""");
			entry(out, "xl/worksheets/sheet1.xml", """
					<?xml version="1.0" encoding="UTF-8"?>
					<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
					<row><c t="inlineStr"><is><t>Võ Thị Sáu</t></is></c><c><v>95080000123</v></c><c><v>2.5</v></c>
					<c t="d"><v>1985-02-28T00:00:00</v></c><c t="e"><v>#N/A</v></c></row>
					</sheetData></worksheet>""");
		}
		assertThat(read(file, TableReader.Format.XLSX))
			.containsExactly(List.of("1", "Võ Thị Sáu", "95080000123", "2.5", "28/02/1985", "#N/A"));
	}

	private static void entry(java.util.zip.ZipOutputStream out, String name, String text) throws IOException {
		out.putNextEntry(new java.util.zip.ZipEntry(name));
		out.write(text.getBytes(StandardCharsets.UTF_8));
		out.closeEntry();
	}

	/** When the receiver of the rows fails, its own failure comes out, not "this is no workbook". */
	@Test
	void aFailureOfTheReceiverIsNotBlamedOnTheFile() throws IOException {
		var workbook = new XSSFWorkbook();
		workbook.createSheet("A").createRow(0).createCell(0).setCellValue("x");
		var file = write(workbook, "one.xlsx");
		assertThatThrownBy(() -> TableReader.read(file, TableReader.Format.XLSX, (n, cells) -> {
			throw new IllegalStateException("the database went away");
		})).isInstanceOf(IllegalStateException.class).hasMessage("the database went away");
	}

	@Test
	void refusesAFileThatIsNotAWorkbook() throws IOException {
		var text = dir.resolve("fake.xlsx");
		Files.writeString(text, "Họ và tên,Ngày sinh\n", StandardCharsets.UTF_8);
		assertThatThrownBy(() -> read(text, TableReader.Format.XLSX)).isInstanceOf(InvalidInputException.class)
			.extracting(e -> ((InvalidInputException) e).messageCode())
			.isEqualTo("import.file.notXlsx");
		var zip = dir.resolve("other.xlsx");
		try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
			out.putNextEntry(new java.util.zip.ZipEntry("readme.txt"));
			out.write("not a workbook".getBytes(StandardCharsets.UTF_8));
		}
		assertThatThrownBy(() -> read(zip, TableReader.Format.XLSX)).isInstanceOf(InvalidInputException.class);
	}

	@Test
	void readsCsvWithQuotesAndSemicolons() throws IOException {
		var file = dir.resolve("list.csv");
		Files.writeString(file, "\uFEFFHọ và tên;Ghi chú\r\n\"Lê; Văn \"\"Tám\"\"\";\"hai\ndòng\"\r\nHồ Thị Hoa;\n",
				StandardCharsets.UTF_8);
		assertThat(read(file, TableReader.Format.CSV)).containsExactly(List.of("1", "Họ và tên", "Ghi chú"),
				List.of("2", "Lê; Văn \"Tám\"", "hai\ndòng"), List.of("3", "Hồ Thị Hoa", ""));
	}

}
