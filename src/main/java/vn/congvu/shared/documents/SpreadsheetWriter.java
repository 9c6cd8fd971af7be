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

	/** A workbook of several sheets, each written as {@link #write} writes one. */
	public static void write(List<Sheet<?>> sheets, OutputStream out) throws IOException {
		try (var book = new Book()) {
			for (var sheet : sheets) {
				fill(book, sheet);
			}
			book.write(out);
		}
	}

	private static <T> void fill(Book book, Sheet<T> sheet) {
		var rows = book.sheet(sheet.name(), sheet.columns());
		sheet.rows().forEach(rows);
	}

	/**
	 * Writes rows that a producer pushes one at a time (for example from a database cursor): the producer gets the
	 * sink to hand each row to.
	 */
	public static <T> void write(String sheetName, List<Column<T>> columns,
			java.util.function.Consumer<java.util.function.Consumer<T>> producer, OutputStream out) throws IOException {
		try (var book = new Book()) {
			producer.accept(book.sheet(sheetName, columns));
			book.write(out);
		}
	}

	/**
	 * A workbook written as its rows come: sheets are laid out in the order they are asked for, and each takes its
	 * rows whenever they are ready (one sheet's rows may be added after a later sheet's). Only a window of rows per
	 * sheet is held; the rest waits in temporary files until {@link #write}.
	 */
	public static final class Book implements AutoCloseable {

		private final SXSSFWorkbook workbook = new SXSSFWorkbook(200);

		private final Styles styles = new Styles(workbook);

		/** A sheet with its header; hand it the rows. */
		public <T> java.util.function.Consumer<T> sheet(String name, List<Column<T>> columns) {
			var sheet = workbook.createSheet(name);
			var header = sheet.createRow(0);
			for (int c = 0; c < columns.size(); c++) {
				var cell = header.createCell(c);
				cell.setCellValue(columns.get(c).header());
				cell.setCellStyle(styles.header());
				sheet.setColumnWidth(c, Math.min(60, Math.max(12, columns.get(c).header().length() + 4)) * 256);
			}
			sheet.createFreezePane(0, 1);
			int[] next = { 1 };
			return row -> {
				var line = sheet.createRow(next[0]++);
				for (int c = 0; c < columns.size(); c++) {
					var value = columns.get(c).value().apply(row);
					if (value != null) {
						cell(line.createCell(c), value);
					}
				}
			};
		}

		/**
		 * Rows that may be too many for one sheet: "Hồ sơ" takes the first {@code maxRows}, then "Hồ sơ (2)", ...
		 * created as they are needed, after the sheets there are by then. There is always the first, with its header.
		 */
		public <T> java.util.function.Consumer<T> sheets(String name, List<Column<T>> columns, int maxRows) {
			int[] part = { 1 };
			int[] count = { 0 };
			@SuppressWarnings("unchecked")
			java.util.function.Consumer<T>[] current = new java.util.function.Consumer[] { sheet(name, columns) };
			return row -> {
				if (count[0] == maxRows) {
					current[0] = sheet(name + " (" + ++part[0] + ")", columns);
					count[0] = 0;
				}
				count[0]++;
				current[0].accept(row);
			};
		}

		private void cell(org.apache.poi.ss.usermodel.Cell cell, Object value) {
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

		public void write(OutputStream out) throws IOException {
			workbook.write(out);
		}

		/** Deletes the temporary files. */
		@Override
		public void close() throws IOException {
			workbook.close();
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

	static boolean looksLikeFormula(String text) {
		return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0;
	}

}
