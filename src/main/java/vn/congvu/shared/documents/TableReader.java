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
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.jspecify.annotations.Nullable;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

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

		/** Told, before the rows, how many rows the file says it has (header included), when it says so. */
		default void rows(int count) {
		}

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

	/** The longest text a spreadsheet cell can hold (Excel's limit); longer means a made-up file. */
	private static final int MAX_CELL_CHARS = 32_767;

	/** The most text the shared strings of one workbook may hold, in characters. */
	private static final long MAX_SHARED_CHARS = 50_000_000L;

	/** A row receiver's own failure, carried through the XML parser unchanged. */
	private static final class HandlerFailure extends RuntimeException {

		private static final long serialVersionUID = 1L;

		HandlerFailure(RuntimeException cause) {
			super(cause);
		}

		@Override
		public synchronized RuntimeException getCause() {
			return (RuntimeException) super.getCause();
		}

	}

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
			var strings = sharedStrings(pkg);
			var styles = reader.getStylesTable();
			var sheets = reader.getSheetsData();
			if (!sheets.hasNext()) {
				throw new InvalidInputException("file", "import.file.empty");
			}
			try (InputStream sheet = sheets.next()) {
				var parser = XMLHelper.newXMLReader();
				parser.setContentHandler(new SheetHandler(handler, strings, styles));
				parser.parse(new InputSource(sheet));
			}
		}
		catch (Stop ex) {
			// the handler has seen enough
		}
		catch (InvalidInputException ex) {
			throw ex;
		}
		catch (HandlerFailure ex) {
			// the receiver of the rows failed, not the file: its own exception, not "this is no workbook"
			throw ex.getCause();
		}
		catch (IOException | OpenXML4JException | SAXException | POIXMLException | OpenXML4JRuntimeException
				| IllegalArgumentException | IllegalStateException | IndexOutOfBoundsException
				| javax.xml.parsers.ParserConfigurationException ex) {
			var message = String.valueOf(ex.getMessage());
			if (message.contains("Zip bomb") || message.contains("zip bomb")) {
				throw new InvalidInputException("file", "import.file.zipBomb");
			}
			throw new InvalidInputException("file", "import.file.notXlsx");
		}
	}

	/** The workbook's shared strings as plain text (rich-text runs joined, phonetic guides left out). */
	private static List<String> sharedStrings(OPCPackage pkg)
			throws IOException, SAXException, javax.xml.parsers.ParserConfigurationException {
		var parts = pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
		if (parts.isEmpty()) {
			return List.of();
		}
		var strings = new ArrayList<String>();
		try (var in = parts.get(0).getInputStream()) {
			var parser = XMLHelper.newXMLReader();
			parser.setContentHandler(new DefaultHandler() {

				private final StringBuilder text = new StringBuilder();

				private boolean inText;

				private int phonetic;

				@Override
				public void startElement(String uri, String localName, String qName, Attributes attributes) {
					switch (localName) {
						case "si" -> text.setLength(0);
						case "t" -> inText = phonetic == 0;
						case "rPh" -> phonetic++;
						default -> {
						}
					}
				}

				@Override
				public void endElement(String uri, String localName, String qName) {
					switch (localName) {
						case "si" -> strings.add(text.toString());
						case "t" -> inText = false;
						case "rPh" -> phonetic--;
						default -> {
						}
					}
				}

				private long total;

				@Override
				public void characters(char[] ch, int start, int length) {
					if (inText) {
						total += length;
						if (text.length() + length > MAX_CELL_CHARS || total > MAX_SHARED_CHARS) {
							throw new InvalidInputException("file", "import.file.notXlsx");
						}
						text.append(ch, start, length);
					}
				}

			});
			parser.parse(new InputSource(in));
		}
		return strings;
	}

	/**
	 * Reads a worksheet's XML straight into rows of text: shared, inline and formula strings as written, numbers
	 * plainly (whole numbers without decimals or exponent, so a citizen id typed as a number stays whole), numbers in
	 * a date format as dd/MM/yyyy, booleans as TRUE/FALSE. A formula counts by its cached value.
	 */
	private static final class SheetHandler extends DefaultHandler {

		private final RowHandler handler;

		private final List<String> strings;

		private final @Nullable StylesTable styles;

		/** Whether a cell style is a date format, by style index, decided once per style. */
		private final Map<Integer, Boolean> dateStyles = new HashMap<>();

		private final DataFormatter formatter = new DataFormatter();

		private final List<String> cells = new ArrayList<>();

		private final StringBuilder value = new StringBuilder();

		private int rowNumber;

		private int column;

		private @Nullable String type;

		private int style;

		private boolean collecting;

		private boolean inInline;

		private int phonetic;

		SheetHandler(RowHandler handler, List<String> strings, @Nullable StylesTable styles) {
			this.handler = handler;
			this.strings = strings;
			this.styles = styles;
		}

		@Override
		public void startElement(String uri, String localName, String qName, Attributes attributes) {
			switch (localName) {
				case "dimension" -> {
					var ref = attributes.getValue("ref");
					int colon = ref == null ? -1 : ref.indexOf(':');
					if (colon > 0) {
						int last = rowOf(ref.substring(colon + 1));
						if (last > 0) {
							handler.rows(last - rowOf(ref.substring(0, colon)) + 1);
						}
					}
				}
				case "row" -> {
					var r = attributes.getValue("r");
					rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
					cells.clear();
					column = -1;
				}
				case "c" -> {
					var ref = attributes.getValue("r");
					column = ref == null ? column + 1 : columnOf(ref);
					type = attributes.getValue("t");
					var s = attributes.getValue("s");
					style = s == null ? 0 : Integer.parseInt(s);
					value.setLength(0);
				}
				case "v" -> collecting = true;
				case "is" -> inInline = true;
				case "rPh" -> phonetic++;
				case "t" -> collecting = inInline && phonetic == 0;
				default -> {
				}
			}
		}

		@Override
		public void endElement(String uri, String localName, String qName) {
			switch (localName) {
				case "v", "t" -> collecting = false;
				case "is" -> inInline = false;
				case "rPh" -> phonetic--;
				case "c" -> cell();
				case "row" -> {
					try {
						handler.row(rowNumber, List.copyOf(cells));
					}
					catch (Stop | InvalidInputException ex) {
						throw ex;
					}
					catch (RuntimeException ex) {
						throw new HandlerFailure(ex);
					}
				}
				default -> {
				}
			}
		}

		@Override
		public void characters(char[] ch, int start, int length) {
			if (collecting) {
				if (value.length() + length > MAX_CELL_CHARS) {
					throw new InvalidInputException("file", "import.file.notXlsx");
				}
				value.append(ch, start, length);
			}
		}

		private void cell() {
			if (column < 0 || column > 200) {
				return;
			}
			String text;
			var raw = value.toString();
			if (type == null || "n".equals(type)) {
				text = raw.isEmpty() ? "" : number(raw);
			}
			else {
				text = switch (type) {
					case "s" -> strings.get(Integer.parseInt(raw.strip()));
					case "b" -> "1".equals(raw) ? "TRUE" : "FALSE";
					case "d" -> isoDate(raw);
					default -> raw; // inlineStr, str (a formula's text)
				};
			}
			while (cells.size() < column) {
				cells.add("");
			}
			if (cells.size() == column) {
				cells.add(text);
			}
			else {
				cells.set(column, text);
			}
		}

		/** A date cell ({@code t="d"}) holds an ISO date, perhaps with a time: the date as dd/MM/yyyy. */
		private static String isoDate(String raw) {
			var text = raw.strip();
			var date = vn.congvu.shared.web.Formats.parseDate(text.length() >= 10 ? text.substring(0, 10) : text);
			return date.map(DATE::format).orElse(text);
		}

		private String number(String raw) {
			double number = Double.parseDouble(raw);
			boolean known = styles != null && style >= 0 && style < styles.getNumCellStyles();
			if (known && dateStyles.computeIfAbsent(style, this::isDateStyle) && DateUtil.isValidExcelDate(number)
					&& number >= 1) {
				return DATE.format(DateUtil.getLocalDateTime(number));
			}
			if (number == Math.rint(number) && Math.abs(number) < 1e15) {
				return Long.toString((long) number);
			}
			var cellStyle = known ? styles.getStyleAt(style) : null;
			if (cellStyle == null || cellStyle.getDataFormatString() == null) {
				return formatter.formatRawCellContents(number, 0, "General");
			}
			return formatter.formatRawCellContents(number, cellStyle.getDataFormat(), cellStyle.getDataFormatString());
		}

		private boolean isDateStyle(int index) {
			if (styles == null || index >= styles.getNumCellStyles()) {
				return false;
			}
			var cellStyle = styles.getStyleAt(index);
			return cellStyle != null && cellStyle.getDataFormatString() != null
					&& DateUtil.isADateFormat(cellStyle.getDataFormat(), cellStyle.getDataFormatString());
		}

		/** The row of a cell reference such as "AB12" (12), or 0. */
		private static int rowOf(String ref) {
			int i = 0;
			while (i < ref.length() && Character.isLetter(ref.charAt(i))) {
				i++;
			}
			try {
				return i < ref.length() ? Integer.parseInt(ref.substring(i)) : 0;
			}
			catch (NumberFormatException ex) {
				return 0;
			}
		}

		/** The column of a cell reference such as "AB12", from 0. */
		private static int columnOf(String ref) {
			int col = 0;
			for (int i = 0; i < ref.length(); i++) {
				char c = ref.charAt(i);
				if (c >= 'A' && c <= 'Z') {
					col = col * 26 + (c - 'A' + 1);
				}
				else if (c >= 'a' && c <= 'z') {
					col = col * 26 + (c - 'a' + 1);
				}
				else {
					break;
				}
				if (col > 100_000) {
					break;
				}
			}
			return col - 1;
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
