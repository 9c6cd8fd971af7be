package vn.congvu.reporting;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.congvu.organization.UnitDirectory;
import vn.congvu.shared.Caller;
import vn.congvu.shared.ConflictException;
import vn.congvu.shared.InvalidInputException;
import vn.congvu.shared.NotFoundException;
import vn.congvu.shared.Role;
import vn.congvu.shared.documents.DocxWriter;
import vn.congvu.shared.documents.PdfWriter;
import vn.congvu.shared.indicator.Row;

/**
 * Issued reform reports. Issuing a report freezes it: its figures, the records behind every figure, the names it
 * prints and the DOCX, PDF and XLSX handed out are kept as they were that day. The issued report is reproduced from
 * what was kept, byte for byte, however the records are corrected later; comparing it with the same report computed
 * now shows, figure by figure, what changed since and which records came or went.
 */
@Service
@Transactional(readOnly = true)
public class IssuedReports {

	/** An issued report as lists show it. */
	public record Issued(long id, String number, LocalDate issuedOn, long scopeUnitId, String scopeName,
			LocalDate from, LocalDate to, String issuedBy, Instant issuedAt) {
	}

	/** A report number the way official documents are numbered: "12/BC-UBND". */
	private static final Pattern NUMBER = Pattern.compile("\\d{1,6}/[\\p{Lu}\\d][\\p{Lu}\\d-]{0,50}");

	private final ReformReport reports;

	private final ReformReportDocuments documents;

	private final UnitDirectory units;

	private final JdbcClient jdbc;

	private final Clock clock;

	IssuedReports(ReformReport reports, ReformReportDocuments documents, UnitDirectory units, JdbcClient jdbc,
			Clock clock) {
		this.reports = reports;
		this.documents = documents;
		this.units = units;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Checks an issue request before any figure is computed: the caller may issue reports, the number reads like a
	 * document number, the date is given and not in the future nor before the period, and the scope and period are
	 * ones the caller may report on. Returns the number as it will be kept.
	 */
	public String check(@Nullable Long scopeUnitId, @Nullable LocalDate from, @Nullable LocalDate to,
			@Nullable String number, @Nullable LocalDate issuedOn) {
		var role = Caller.current().map(Caller::role).orElse(null);
		if (role != Role.HOME_AFFAIRS && role != Role.UNIT_HR && role != Role.LEADER) {
			throw new AccessDeniedException("Reports are issued by Home Affairs, HR and leaders");
		}
		var kept = number == null ? "" : number.strip().toUpperCase(Locale.ROOT).replace(" ", "");
		if (kept.isEmpty()) {
			throw new InvalidInputException("number", "reporting.issued.number.required");
		}
		if (!NUMBER.matcher(kept).matches()) {
			throw new InvalidInputException("number", "reporting.issued.number.invalid", kept);
		}
		if (issuedOn == null) {
			throw new InvalidInputException("issuedOn", "reporting.issued.date.required");
		}
		if (issuedOn.isAfter(LocalDate.now(clock))) {
			throw new InvalidInputException("issuedOn", "reporting.issued.date.future");
		}
		reports.check(scopeUnitId, from, to);
		if (from != null && issuedOn.isBefore(from)) {
			throw new InvalidInputException("issuedOn", "reporting.issued.date.beforePeriod");
		}
		return kept;
	}

	/**
	 * Issues a report: computes it with the records behind every figure, writes its documents and keeps it all.
	 * {@code progress} hears of each figure computed. A number already used by the same scope in the same year is
	 * refused and nothing is kept.
	 */
	@Transactional
	public long issue(@Nullable Long scopeUnitId, @Nullable LocalDate from, @Nullable LocalDate to,
			@Nullable String number, @Nullable LocalDate issuedOn, ReformReport.Progress progress) {
		var kept = check(scopeUnitId, from, to, number, issuedOn);
		Objects.requireNonNull(issuedOn);
		// the figures and tables first; then each figure's records, kept and written to the appendix as they are read
		int figures = reports.catalogue().size();
		int[] steps = { 0 };
		var content = reports.appendix(scopeUnitId, from, to, (done, total) -> {
			steps[0] = total;
			progress.step(done, total + figures);
		});
		long id;
		try {
			id = jdbc.sql("""
					INSERT INTO reporting.issued_report (number, issued_on, issued_year, scope_unit_id, scope_name,
					  issuer, place, period_from, period_to, issued_by, issued_at)
					VALUES (:number, :issuedOn, :year, :scope, :scopeName, :issuer, :place, :from, :to, :by, :at)
					RETURNING id""")
				.param("number", kept)
				.param("issuedOn", issuedOn)
				.param("year", issuedOn.getYear())
				.param("scope", content.scope().id())
				.param("scopeName", content.scope().name())
				.param("issuer", content.issuer())
				.param("place", content.place())
				.param("from", content.from())
				.param("to", content.to())
				.param("by", Caller.currentUsername())
				.param("at", OffsetDateTime.now(clock))
				.query(Long.class)
				.single();
		}
		catch (DuplicateKeyException ex) {
			throw new ConflictException("reporting.issued.number.taken", kept, issuedOn.getYear());
		}
		var names = new TreeMap<Long, String>(content.unitNames());
		var xlsx = new ByteArrayOutputStream();
		try {
			documents.workbook(content, sink -> {
				int position = 0;
				for (var v : content.values()) {
					var rows = new ArrayList<Row>();
					reports.rows(v.code(), content.scope().id(), content.from(), content.to(), row -> {
						rows.add(row);
						sink.accept(v.code(), row);
					});
					keepFigure(id, position++, v, rows);
					progress.step(steps[0] + position, steps[0] + figures);
				}
			}, unit -> names.computeIfAbsent(unit, u -> reports.unitName(u, content.to())), xlsx);
			var docx = new ByteArrayOutputStream();
			var doc = documents.document(content, kept, issuedOn);
			DocxWriter.write(doc, docx);
			var pdf = new ByteArrayOutputStream();
			PdfWriter.write(doc, pdf);
			keep(id, "docx", docx.toByteArray());
			keep(id, "pdf", pdf.toByteArray());
			keep(id, "xlsx", xlsx.toByteArray());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		// the names of the units the records name, as printed (a province's thousands in one statement)
		jdbc.sql("""
				INSERT INTO reporting.issued_unit_name (report_id, unit_id, name)
				SELECT :id, n.unit_id, n.name
				FROM unnest(CAST(:units AS bigint[]), CAST(:names AS text[])) AS n(unit_id, name)""")
			.param("id", id)
			.param("units", names.keySet().toArray(Long[]::new))
			.param("names", names.values().toArray(String[]::new))
			.update();
		return id;
	}

	/** A figure of an issued report with its records, compressed. */
	private void keepFigure(long id, int position, ReformReport.Value v, List<Row> rows) {
		jdbc.sql("""
				INSERT INTO reporting.issued_figure (report_id, position, code, label_vi, label_en, unit_vi,
				  unit_en, value, row_count, rows)
				VALUES (:id, :position, :code, :labelVi, :labelEn, :unitVi, :unitEn, :value, :count, :rows)""")
			.param("id", id)
			.param("position", position)
			.param("code", v.code())
			.param("labelVi", v.labelVi())
			.param("labelEn", v.labelEn())
			.param("unitVi", v.unitVi())
			.param("unitEn", v.unitEn())
			.param("value", v.value())
			.param("count", rows.size())
			.param("rows", pack(rows))
			.update();
	}

	/** The issued reports the caller may read, the latest first. */
	public List<Issued> list() {
		return read(null);
	}

	/** One issued report the caller may read; another is not found. */
	public Issued find(long id) {
		return read(id).stream()
			.findFirst()
			.orElseThrow(() -> new NotFoundException("reporting.issued.notFound", id));
	}

	/** The issued reports (all, or the one of {@code id}) whose scope the caller may read. */
	private List<Issued> read(@Nullable Long id) {
		var visible = visibleScopes();
		return jdbc.sql("""
				SELECT id, number, issued_on, scope_unit_id, scope_name, period_from, period_to, issued_by, issued_at
				FROM reporting.issued_report WHERE CAST(:id AS bigint) IS NULL OR id = :id
				ORDER BY issued_on DESC, id DESC""")
			.param("id", id)
			.query((rs, n) -> new Issued(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class),
					rs.getLong(4), rs.getString(5), rs.getObject(6, LocalDate.class),
					rs.getObject(7, LocalDate.class), rs.getString(8),
					rs.getObject(9, OffsetDateTime.class).toInstant()))
			.list()
			.stream()
			.filter(i -> visible.readable(i.scopeUnitId(), i.from(), i.to()))
			.toList();
	}

	/**
	 * The issued report's content as it was kept: its figures and the names of the units its records name, without
	 * the records themselves (a province's run to millions: read a figure's with {@link #rows}). The appendix's
	 * workforce tables are kept in its XLSX only.
	 */
	public ReformReport.Content content(long id) {
		var issued = find(id);
		var kept = jdbc.sql("SELECT issuer, place FROM reporting.issued_report WHERE id = :id")
			.param("id", id)
			.query((rs, n) -> new String[] { rs.getString(1), rs.getString(2) })
			.single();
		var values = jdbc.sql("""
				SELECT code, label_vi, label_en, unit_vi, unit_en, value FROM reporting.issued_figure
				WHERE report_id = :id ORDER BY position""")
			.param("id", id)
			.query((rs, n) -> new ReformReport.Value(rs.getString(1), rs.getString(2), rs.getString(3),
					rs.getString(4), rs.getString(5), rs.getLong(6)))
			.list();
		var names = new TreeMap<Long, String>();
		jdbc.sql("SELECT unit_id, name FROM reporting.issued_unit_name WHERE report_id = :id")
			.param("id", id)
			.query((rs, n) -> names.put(rs.getLong(1), rs.getString(2)))
			.list();
		return new ReformReport.Content(new ReformReport.Scope(issued.scopeUnitId(), issued.scopeName()), kept[0],
				kept[1], issued.from(), issued.to(), values, names, List.of());
	}

	/** The records behind a figure of an issued report, as kept when it was issued. */
	public List<Row> rows(long id, String code) {
		find(id);
		var rows = new ArrayList<Row>();
		rows(id, code, rows::add);
		return rows;
	}

	/**
	 * The records behind a figure of an issued report, handed to {@code sink} one at a time, in their order; the
	 * caller has found the report (and so checked that it may read it).
	 */
	void rows(long id, String code, java.util.function.Consumer<Row> sink) {
		var packed = jdbc.sql("SELECT rows FROM reporting.issued_figure WHERE report_id = :id AND code = :code")
			.param("id", id)
			.param("code", code)
			.query((rs, n) -> rs.getBytes(1))
			.optional()
			.orElseThrow(() -> new NotFoundException("reporting.indicator.unknown", code));
		unpack(packed, sink);
	}

	/** The issued report's figures as it was issued, labelled in a language. */
	public ReformReport.Report report(long id, boolean vietnamese) {
		var issued = find(id);
		var figures = jdbc.sql("""
				SELECT code, label_vi, label_en, unit_vi, unit_en, value FROM reporting.issued_figure
				WHERE report_id = :id ORDER BY position""")
			.param("id", id)
			.query((rs, n) -> new ReformReport.Value(rs.getString(1), rs.getString(2), rs.getString(3),
					rs.getString(4), rs.getString(5), rs.getLong(6)).figure(vietnamese))
			.list();
		return new ReformReport.Report(new ReformReport.Scope(issued.scopeUnitId(), issued.scopeName()),
				issued.from(), issued.to(), figures);
	}

	/** A document of the issued report, the bytes handed out when it was issued ({@code docx}, {@code pdf}, {@code xlsx}). */
	public byte[] document(long id, String format) {
		find(id);
		return jdbc.sql("SELECT content FROM reporting.issued_document WHERE report_id = :id AND format = :format")
			.param("id", id)
			.param("format", format)
			.query((rs, n) -> rs.getBytes(1))
			.optional()
			.orElseThrow(() -> new NotFoundException("problem.notFound"));
	}

	private void keep(long id, String format, byte[] content) {
		String sha256;
		try {
			sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
		jdbc.sql("""
				INSERT INTO reporting.issued_document (report_id, format, content, sha256)
				VALUES (:id, :format, :content, :sha256)""")
			.param("id", id)
			.param("format", format)
			.param("content", content)
			.param("sha256", sha256)
			.update();
	}

	/** The scopes the caller may read issued reports of: those that lay in their scope during a report's period. */
	private interface Visible {

		boolean readable(long scopeUnitId, LocalDate from, LocalDate to);

	}

	private Visible visibleScopes() {
		var caller = Caller.current().orElse(null);
		if (caller == null || caller.role() == Role.OFFICIAL || caller.role() == Role.SYSTEM_ADMIN) {
			return (scope, from, to) -> false;
		}
		var root = caller.scopeUnitId();
		if (root == null) {
			return (scope, from, to) -> false;
		}
		var periods = units.scopePeriods(root);
		return (scope, from, to) -> scope == root || periods.stream()
			.anyMatch(p -> p.unitId() == scope && (p.from() == null || !p.from().isAfter(to))
					&& (p.to() == null || p.to().isAfter(from)));
	}

	/** The records of a figure, compressed: the same records read back in the same order. */
	static byte[] pack(List<Row> rows) {
		var bytes = new ByteArrayOutputStream();
		try (var out = new DataOutputStream(new GZIPOutputStream(bytes))) {
			out.writeInt(rows.size());
			for (var r : rows) {
				out.writeLong(r.subjectId());
				out.writeUTF(r.subjectName());
				out.writeLong(r.recordId());
				out.writeUTF(r.what());
				out.writeLong(r.date().toEpochDay());
				out.writeBoolean(r.decisionNumber() != null);
				if (r.decisionNumber() != null) {
					out.writeUTF(r.decisionNumber());
				}
				out.writeBoolean(r.unitId() != null);
				if (r.unitId() != null) {
					out.writeLong(r.unitId());
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	/** The records of a figure read back one at a time, in their order. */
	static void unpack(byte[] packed, java.util.function.Consumer<Row> sink) {
		try (var in = new DataInputStream(
				new java.io.BufferedInputStream(new GZIPInputStream(new ByteArrayInputStream(packed)), 1 << 16))) {
			int count = in.readInt();
			for (int i = 0; i < count; i++) {
				long subject = in.readLong();
				var name = in.readUTF();
				long record = in.readLong();
				var what = in.readUTF();
				var date = LocalDate.ofEpochDay(in.readLong());
				var decision = in.readBoolean() ? in.readUTF() : null;
				var unit = in.readBoolean() ? in.readLong() : null;
				sink.accept(new Row(subject, name, record, what, date, decision, unit));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
