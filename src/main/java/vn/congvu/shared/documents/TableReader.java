package vn.congvu.shared.documents;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.jspecify.annotations.Nullable;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

import vn.congvu.shared.InvalidInputException;

/**
 * Reads the first sheet of an XLSX file, or a CSV file, row by row without holding the file in memory: XLSX through
 * POI's streaming (SAX) reader, whose zip-bomb guard stays on; CSV as RFC 4180 in UTF-8 (a byte-order mark is
 * skipped; the separator is whichever of comma, semicolon or tab the first line uses most). Dates typed as dates in a
 * spreadsheet come as dd/MM/yyyy, whole numbers without decimals or exponent. A file that is neither is refused with
 * a message, never an error page.
 */
public final class TableReader {

	/** Receives each row: its number as the spreadsheet shows it (from 1) and its cells, blank cells as "". */
	public interface RowHandler {

		void row(int rowNumber, List<String> cells);

	}

	/** Thrown by a {@link RowHandler} to stop reading early. */
	public static final class Stop extends RuntimeException {

		private static final long serialVersionUID = 1L;

		public Stop() {
			super(null, null, false, false);
		}

	}

	public enum Format {

		XLSX, CSV;

		/** The format a file name says, or {@code null}. */
		public static @Nullable Format ofName(@Nullable String name) {
			if (name == null) {
				return null;
			}
			var lower = name.toLowerCase(java.util.Locale.ROOT);
			return lower.endsWith(".xlsx") ? XLSX : lower.endsWith(".csv") ? CSV : null;
		}

	}

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private TableReader() {
	}

	public static void read(Path file, Format format, RowHandler handler) {
		switch (format) {
			case XLSX -> readXlsx(file, handler);
			case CSV -> readCsv(file, handler);
		}
	}

	private static void readXlsx(Path file, RowHandler handler) {
		try (var in = Files.newInputStream(file)) {
			var magic = in.readNBytes(4);
			if (magic.length < 4 || magic[0] != 'P' || magic[1] != 'K' || magic[2] != 3 || magic[3] != 4) {
				throw new InvalidInputException("file", "import.file.notXlsx");
			}
		}
		catch (IOException ex) {
			throw new InvalidInputException("file", "import.file.unreadable");
		}
		try (var pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
			var reader = new XSSFReader(pkg);
			var strings = new ReadOnlySharedStringsTable(pkg, false);
			var styles = reader.getStylesTable();
			var sheets = reader.getSheetsData();
			if (!sheets.hasNext()) {
				throw new InvalidInputException("file", "import.file.empty");
			}
			try (InputStream sheet = sheets.next()) {
				var rows = new SheetRows(handler);
				var parser = XMLHelper.newXMLReader();
				parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, rows, new CellFormatter(), false));
				parser.parse(new InputSource(sheet));
			}
		}
		catch (Stop ex) {
			// the handler has seen enough
		}
		catch (InvalidInputException ex) {
			throw ex;
		}
		catch (IOException | OpenXML4JException | SAXException | POIXMLException | OpenXML4JRuntimeException
				| IllegalArgumentException | IllegalStateException | javax.xml.parsers.ParserConfigurationException ex) {
			var message = String.valueOf(ex.getMessage());
			if (message.contains("Zip bomb") || message.contains("zip bomb")) {
				throw new InvalidInputException("file", "import.file.zipBomb");
			}
			throw new InvalidInputException("file", "import.file.notXlsx");
		}
	}

	/** Formats cells: dates as dd/MM/yyyy, whole numbers plainly (a citizen id typed as a number stays whole). */
	private static final class CellFormatter extends DataFormatter {

		@Override
		public String formatRawCellContents(double value, int formatIndex, String formatString) {
			if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
				return DATE.format(DateUtil.getLocalDateTime(value));
			}
			if (value == Math.rint(value) && Math.abs(value) < 1e15) {
				return Long.toString((long) value);
			}
			return super.formatRawCellContents(value, formatIndex, formatString);
		}

	}

	private static final class SheetRows implements XSSFSheetXMLHandler.SheetContentsHandler {

		private final RowHandler handler;

		private final List<String> cells = new ArrayList<>();

		SheetRows(RowHandler handler) {
			this.handler = handler;
		}

		@Override
		public void startRow(int rowNum) {
			cells.clear();
		}

		@Override
		public void endRow(int rowNum) {
			handler.row(rowNum + 1, List.copyOf(cells));
		}

		@Override
		public void cell(String cellReference, String formattedValue, XSSFComment comment) {
			int column = new CellReference(cellReference).getCol();
			if (column > 200) {
				return;
			}
			while (cells.size() < column) {
				cells.add("");
			}
			if (cells.size() == column) {
				cells.add(formattedValue == null ? "" : formattedValue);
			}
			else {
				cells.set(column, formattedValue == null ? "" : formattedValue);
			}
		}

	}

	private static void readCsv(Path file, RowHandler handler) {
		var decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		try (var reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder), 1 << 16)) {
			reader.mark(1);
			if (reader.read() != '\uFEFF') {
				reader.reset();
			}
			reader.mark(1 << 15);
			var first = new char[1 << 15];
			int n = reader.read(first);
			reader.reset();
			char separator = separator(n <= 0 ? "" : new String(first, 0, n));
			parseCsv(reader, separator, handler);
		}
		catch (Stop ex) {
			// the handler has seen enough
		}
		catch (CharacterCodingException ex) {
			throw new InvalidInputException("file", "import.file.notUtf8");
		}
		catch (IOException ex) {
			throw new InvalidInputException("file", "import.file.unreadable");
		}
	}

	private static char separator(String start) {
		int end = start.indexOf('\n');
		var line = end < 0 ? start : start.substring(0, end);
		long commas = line.chars().filter(c -> c == ',').count();
		long semicolons = line.chars().filter(c -> c == ';').count();
		long tabs = line.chars().filter(c -> c == '\t').count();
		return tabs > commas && tabs > semicolons ? '\t' : semicolons > commas ? ';' : ',';
	}

	static void parseCsv(Reader reader, char separator, RowHandler handler) throws IOException {
		var cells = new ArrayList<String>();
		var cell = new StringBuilder();
		boolean quoted = false;
		boolean any = false;
		int row = 1;
		int c;
		while ((c = reader.read()) != -1) {
			char ch = (char) c;
			if (quoted) {
				if (ch == '"') {
					reader.mark(1);
					int next = reader.read();
					if (next == '"') {
						cell.append('"');
					}
					else {
						quoted = false;
						if (next != -1) {
							reader.reset();
						}
					}
				}
				else {
					cell.append(ch);
				}
				continue;
			}
			if (ch == '"' && cell.isEmpty()) {
				quoted = true;
				any = true;
			}
			else if (ch == separator) {
				cells.add(cell.toString());
				cell.setLength(0);
				any = true;
			}
			else if (ch == '\n' || ch == '\r') {
				if (ch == '\r') {
					reader.mark(1);
					if (reader.read() != '\n') {
						reader.reset();
					}
				}
				cells.add(cell.toString());
				cell.setLength(0);
				handler.row(row++, List.copyOf(cells));
				cells.clear();
				any = false;
			}
			else {
				cell.append(ch);
				any = true;
			}
		}
		if (any || !cell.isEmpty()) {
			cells.add(cell.toString());
			handler.row(row, List.copyOf(cells));
		}
	}

}
