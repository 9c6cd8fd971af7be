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

	/**
	 * Writes rows that a producer pushes one at a time (for example from a database cursor): the producer gets the
	 * sink to hand each row to.
	 */
	public static <T> void write(String sheetName, List<Column<T>> columns,
			java.util.function.Consumer<java.util.function.Consumer<T>> producer, OutputStream out) throws IOException {
		try (var workbook = new SXSSFWorkbook(200)) {
			var sheet = workbook.createSheet(sheetName);
			var bold = workbook.createFont();
			bold.setBold(true);
			var headerStyle = workbook.createCellStyle();
			headerStyle.setFont(bold);
			var dateStyle = workbook.createCellStyle();
			dateStyle.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
			var quoted = workbook.createCellStyle();
			quoted.setQuotePrefixed(true);
			var header = sheet.createRow(0);
			for (int c = 0; c < columns.size(); c++) {
				var cell = header.createCell(c);
				cell.setCellValue(columns.get(c).header());
				cell.setCellStyle(headerStyle);
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
						cell.setCellStyle(dateStyle);
					}
					else {
						var text = value.toString();
						cell.setCellValue(text);
						if (looksLikeFormula(text)) {
							cell.setCellStyle(quoted);
						}
					}
				}
			});
			sheet.createFreezePane(0, 1);
			workbook.write(out);
		}
	}

	static boolean looksLikeFormula(String text) {
		return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0;
	}

}
