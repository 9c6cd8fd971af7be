package vn.congvu.personnel;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.congvu.shared.documents.SpreadsheetWriter;
import vn.congvu.shared.documents.SpreadsheetWriter.Column;

/**
 * The filtered list of officials as an XLSX sheet, streamed from a database cursor into a streaming workbook: a
 * list of any length passes through a window of rows. The caller's scope is fixed when the download is asked for, on
 * the request's own thread, and the rows are then written wherever the response is streamed from.
 */
@Service
public class OfficialExport {

	/** A download decided: its criteria, the caller's reach and the date, ready to be written. */
	public final class Prepared {

		private final OfficialSearch.Criteria criteria;

		private final PersonnelScope.Access access;

		private final LocalDate date;

		private final Locale locale;

		private Prepared(OfficialSearch.Criteria criteria, PersonnelScope.Access access, LocalDate date, Locale locale) {
			this.criteria = criteria;
			this.access = access;
			this.date = date;
			this.locale = locale;
		}

		public void writeTo(OutputStream out) throws IOException {
			var columns = List.<Column<OfficialSearch.ExportRow>>of(
					new Column<>(text("personnel.due.column.name"), OfficialSearch.ExportRow::fullName),
					new Column<>(text("personnel.due.column.birth"), OfficialSearch.ExportRow::dateOfBirth),
					new Column<>(text("personnel.due.column.sex"), r -> text("personnel.sex." + r.sex())),
					new Column<>(text("officials.citizenId"), OfficialSearch.ExportRow::citizenId),
					new Column<>(text("officials.ethnicGroup"), OfficialSearch.ExportRow::ethnicGroup),
					new Column<>(text("personnel.due.column.unit"), OfficialSearch.ExportRow::unitName),
					new Column<>(text("officials.category"), r -> text("personnel.category." + r.category())),
					new Column<>(text("personnel.due.column.rank"), OfficialSearch.ExportRow::rankCode),
					new Column<>(text("personnel.due.column.step"), OfficialSearch.ExportRow::salaryStep),
					new Column<>(text("officials.status"), r -> text("personnel.status." + r.status())),
					new Column<>(text("record.professionalLevel"), OfficialSearch.ExportRow::professionalLevel),
					new Column<>(text("record.partyJoinedOn"), OfficialSearch.ExportRow::partyJoinedOn),
					new Column<>(text("record.phone"), OfficialSearch.ExportRow::phone));
			try {
				readOnly.executeWithoutResult(tx -> {
					try {
						SpreadsheetWriter.write(text("personnel.export.sheet"), columns,
								sink -> search.export(criteria, access, date, sink), out);
					}
					catch (IOException ex) {
						throw new UncheckedIOException(ex);
					}
				});
			}
			catch (UncheckedIOException ex) {
				throw ex.getCause();
			}
		}

		private String text(String code) {
			return messages.getMessage(code, null, code, locale);
		}

	}

	private final OfficialSearch search;

	private final PersonnelScope scope;

	private final MessageSource messages;

	private final TransactionTemplate readOnly;

	private final Clock clock;

	OfficialExport(OfficialSearch search, PersonnelScope scope, MessageSource messages,
			PlatformTransactionManager transactions, Clock clock) {
		this.search = search;
		this.scope = scope;
		this.messages = messages;
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
		this.clock = clock;
	}

	/** Fixes what the caller may see and what they asked for; call it on the request's thread. */
	public Prepared prepare(OfficialSearch.Criteria criteria, Locale locale) {
		OfficialSearch.check(criteria);
		var date = criteria.asOf() == null ? LocalDate.now(clock) : criteria.asOf();
		return new Prepared(criteria, scope.readable(), date, locale);
	}

}
