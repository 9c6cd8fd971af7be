package vn.congvu.shared.documents;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jspecify.annotations.Nullable;

/**
 * Writes a list as an XLSX sheet, streaming (a window of rows in memory, however long the list): a bold header row,
 * dates as real dates shown dd/mm/yyyy, numbers as numbers. Text that starts like a formula ({@code =}, {@code +},
 * {@code -}, {@code @}) is stored as quoted text, so no spreadsheet program ever evaluates it.
 */
public final class SpreadsheetWriter {

	/** A column: its header and how to read the value from a row. */
	public record Column<T>(String header, Function<T, @Nullable Object> value) {
	}

	private SpreadsheetWriter() {
	}

	public static <T> void write(String sheetName, List<Column<T>> columns, Iterable<T> rows, OutputStream out)
			throws IOException {
		write(sheetName, columns, (java.util.function.Consumer<java.util.function.Consumer<T>>) rows::forEach, out);
	}

	/** A sheet of a workbook: its name, columns and rows. */
	public record Sheet<T>(String name, List<Column<T>> columns, Iterable<T> rows) {
	}

	/** The most rows of data a sheet holds under its header (XLSX has 1,048,576 rows). */
	public static final int MAX_ROWS = 1_048_575;

	/**
	 * Rows too many for one sheet, over as many sheets as they need: "Hồ sơ", "Hồ sơ (2)", ... (one sheet, with its
	 * header, when there are none).
	 */
	public static <T> List<Sheet<T>> sheets(String name, List<Column<T>> columns, List<T> rows, int maxRows) {
		var sheets = new java.util.ArrayList<Sheet<T>>();
		int part = 1;
		for (int from = 0; from < rows.size() || part == 1; from += maxRows, part++) {
			sheets.add(new Sheet<>(part == 1 ? name : name + " (" + part + ")", columns,
					rows.subList(from, Math.min(rows.size(), from + maxRows))));
		}
		return sheets;
	}

	/** A workbook of several sheets, each written as {@link #write} writes one. */
	public static void write(List<Sheet<?>> sheets, OutputStream out) throws IOException {
		try (var workbook = new SXSSFWorkbook(200)) {
			var styles = new Styles(workbook);
			for (var sheet : sheets) {
				fill(workbook, styles, sheet);
			}
			workbook.write(out);
		}
	}

	private static <T> void fill(SXSSFWorkbook workbook, Styles styles, Sheet<T> sheet) {
		fill(workbook, styles, sheet.name(), sheet.columns(), sheet.rows()::forEach);
	}

	/**
	 * Writes rows that a producer pushes one at a time (for example from a database cursor): the producer gets the
	 * sink to hand each row to.
	 */
	public static <T> void write(String sheetName, List<Column<T>> columns,
			java.util.function.Consumer<java.util.function.Consumer<T>> producer, OutputStream out) throws IOException {
		try (var workbook = new SXSSFWorkbook(200)) {
			fill(workbook, new Styles(workbook), sheetName, columns, producer);
			workbook.write(out);
		}
	}

	private record Styles(org.apache.poi.ss.usermodel.CellStyle header, org.apache.poi.ss.usermodel.CellStyle date,
			org.apache.poi.ss.usermodel.CellStyle quoted) {

		Styles(SXSSFWorkbook workbook) {
			this(workbook.createCellStyle(), workbook.createCellStyle(), workbook.createCellStyle());
			var bold = workbook.createFont();
			bold.setBold(true);
			header.setFont(bold);
			date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
			quoted.setQuotePrefixed(true);
		}

	}

	private static <T> void fill(SXSSFWorkbook workbook, Styles styles, String sheetName, List<Column<T>> columns,
			java.util.function.Consumer<java.util.function.Consumer<T>> producer) {
		var sheet = workbook.createSheet(sheetName);
		var header = sheet.createRow(0);
		for (int c = 0; c < columns.size(); c++) {
			var cell = header.createCell(c);
			cell.setCellValue(columns.get(c).header());
			cell.setCellStyle(styles.header());
			sheet.setColumnWidth(c, Math.min(60, Math.max(12, columns.get(c).header().length() + 4)) * 256);
		}
		int[] next = { 1 };
		producer.accept(row -> {
			var line = sheet.createRow(next[0]++);
			for (int c = 0; c < columns.size(); c++) {
				var value = columns.get(c).value().apply(row);
				var cell = line.createCell(c);
				if (value == null) {
					continue;
				}
				if (value instanceof Number number) {
					cell.setCellValue(number.doubleValue());
				}
				else if (value instanceof LocalDate date) {
					cell.setCellValue(date);
					cell.setCellStyle(styles.date());
				}
				else {
					var text = value.toString();
					cell.setCellValue(text);
					if (looksLikeFormula(text)) {
						cell.setCellStyle(styles.quoted());
					}
				}
			}
		});
		sheet.createFreezePane(0, 1);
	}

	static boolean looksLikeFormula(String text) {
		return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0;
	}

}
