package vn.congvu.personnel;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import vn.congvu.shared.documents.SpreadsheetWriter;
import vn.congvu.shared.documents.SpreadsheetWriter.Column;

/** A watch list as an XLSX sheet with Vietnamese headers, for the page and the API alike. */
@Component
public class DueListSheet {

	public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private final MessageSource messages;

	DueListSheet(MessageSource messages) {
		this.messages = messages;
	}

	/** @param retirement the retirement list (else the salary-step list) */
	public void write(boolean retirement, List<DueLists.Entry> entries, OutputStream out) throws IOException {
		List<Column<DueLists.Entry>> columns = List.of(
				new Column<>(text("personnel.due.column.name"), DueLists.Entry::fullName),
				new Column<>(text("personnel.due.column.birth"), DueLists.Entry::dateOfBirth),
				new Column<>(text("personnel.due.column.sex"), e -> text("personnel.sex." + e.sex())),
				new Column<>(text("personnel.due.column.unit"), DueLists.Entry::unitName),
				new Column<>(text("personnel.due.column.rank"), DueLists.Entry::rankCode),
				new Column<>(text("personnel.due.column.scale"), DueLists.Entry::salaryScaleCode),
				new Column<>(text("personnel.due.column.step"), DueLists.Entry::salaryStep),
				new Column<>(text("personnel.due.column.date"), DueLists.Entry::dueDate),
				new Column<>(text("personnel.due.column.overdue"),
						e -> e.overdue() ? text("personnel.due.overdue") : null));
		var title = text(retirement ? "personnel.due.sheet.retirement" : "personnel.due.sheet.salaryStep");
		SpreadsheetWriter.write(title, columns, entries, out);
	}

	/** The list as a download: streamed, with its file name. */
	public ResponseEntity<StreamingResponseBody> download(
			boolean retirement, List<DueLists.Entry> entries) {
		return vn.congvu.shared.web.Downloads.xlsx(retirement ? "nghi-huu.xlsx" : "nang-bac-luong.xlsx",
				out -> write(retirement, entries, out));
	}

	private String text(String code) {
		return messages.getMessage(code, null, code, VIETNAMESE);
	}

}
