package vn.congvu.personnel;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.imageio.ImageIO;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.congvu.audit.AuditTrail;
import vn.congvu.shared.Caller;
import vn.congvu.shared.InvalidInputException;
import vn.congvu.shared.NotFoundException;
import vn.congvu.shared.Texts;

/**
 * Files kept with an official's record: the photo (4×6 cm, a portrait of two parts wide to three high) shown on the
 * record and printed on the CV, scanned decisions, degrees and evidence. Read by whoever reads the record (its owner
 * included); added and removed by HR within their scope, never in their own case. A file's type is read from its
 * first bytes — JPEG, PNG or PDF, and a photo JPEG or PNG only — and its size is bounded; a file that is not what it
 * says is refused with the reason.
 */
@Service
@Transactional
public class Attachments {

	/** The most a file may weigh: a scanned decision of a few pages. */
	public static final int MAX_BYTES = 10 * 1024 * 1024;

	/** The most a photo may weigh. */
	public static final int MAX_PHOTO_BYTES = 2 * 1024 * 1024;

	/** What a file is, for the record. */
	public enum Kind {
		PHOTO, DECISION, DEGREE, EVIDENCE, OTHER
	}

	/** A file as lists show it, without its content. */
	public record View(long id, long officialId, Kind kind, String fileName, String contentType, int sizeBytes,
			@Nullable String note, Instant uploadedAt, String uploadedBy) {
	}

	/** A file's content, to download. */
	public record Content(String fileName, String contentType, byte[] bytes) {
	}

	private final JdbcClient jdbc;

	private final PersonnelScope scope;

	private final OfficialReach reach;

	private final AuditTrail audit;

	private final Clock clock;

	Attachments(JdbcClient jdbc, PersonnelScope scope, OfficialReach reach, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.scope = scope;
		this.reach = reach;
		this.audit = audit;
		this.clock = clock;
	}

	/** The files of the record, newest first; a record out of reach looks like none. */
	@Transactional(readOnly = true)
	public List<View> of(long officialId) {
		requireReadable(officialId);
		return listed(officialId);
	}

	/** The files of a record whose reach the caller has checked. */
	List<View> listed(long officialId) {
		return jdbc.sql("""
				SELECT id, official_id, kind, file_name, content_type, size_bytes, note, uploaded_at, uploaded_by
				FROM personnel.attachment WHERE official_id = :official ORDER BY uploaded_at DESC, id DESC""")
			.param("official", officialId)
			.query((rs, n) -> new View(rs.getLong("id"), rs.getLong("official_id"), Kind.valueOf(rs.getString("kind")),
					rs.getString("file_name"), rs.getString("content_type"), rs.getInt("size_bytes"),
					rs.getString("note"), rs.getTimestamp("uploaded_at").toInstant(), rs.getString("uploaded_by")))
			.list();
	}

	/** A file of the record, to download. */
	@Transactional(readOnly = true)
	public Content content(long officialId, long attachmentId) {
		requireReadable(officialId);
		return jdbc.sql("""
				SELECT file_name, content_type, content FROM personnel.attachment
				WHERE id = :id AND official_id = :official""")
			.params(Map.of("id", attachmentId, "official", officialId))
			.query((rs, n) -> new Content(rs.getString("file_name"), rs.getString("content_type"),
					rs.getBytes("content")))
			.optional()
			.orElseThrow(() -> new NotFoundException("personnel.attachment.notFound", attachmentId));
	}

	/** The record's photo: the latest one added, if any. */
	@Transactional(readOnly = true)
	public Optional<Content> photo(long officialId) {
		requireReadable(officialId);
		return jdbc.sql("""
				SELECT file_name, content_type, content FROM personnel.attachment
				WHERE official_id = :official AND kind = 'PHOTO' ORDER BY uploaded_at DESC, id DESC LIMIT 1""")
			.param("official", officialId)
			.query((rs, n) -> new Content(rs.getString("file_name"), rs.getString("content_type"),
					rs.getBytes("content")))
			.optional();
	}

	/** Adds a file to the record, after checking what it is. */
	public View add(long officialId, @Nullable Kind kind, @Nullable String fileName, byte @Nullable [] bytes,
			@Nullable String note) {
		requireWritable(officialId);
		return store(officialId, kind, fileName, bytes, note, null);
	}

	/**
	 * Evidence an official sends with their own correction request (the caller checked that the record is theirs):
	 * the same checks as any file, kept as evidence of the request.
	 */
	View addEvidence(long officialId, long requestId, @Nullable String fileName, byte @Nullable [] bytes) {
		return store(officialId, Kind.EVIDENCE, fileName, bytes, null, requestId);
	}

	/** The evidence sent with each of these correction requests, by request. */
	Map<Long, List<View>> evidenceOf(java.util.Collection<Long> requestIds) {
		var found = new java.util.HashMap<Long, List<View>>();
		if (requestIds.isEmpty()) {
			return found;
		}
		jdbc.sql("""
				SELECT id, official_id, kind, file_name, content_type, size_bytes, note, uploaded_at, uploaded_by,
				  correction_request_id
				FROM personnel.attachment WHERE correction_request_id = ANY(:requests) ORDER BY id""")
			.param("requests", requestIds.toArray(Long[]::new))
			.query((rs, n) -> found.computeIfAbsent(rs.getLong("correction_request_id"), r -> new ArrayList<>())
				.add(new View(rs.getLong("id"), rs.getLong("official_id"), Kind.valueOf(rs.getString("kind")),
						rs.getString("file_name"), rs.getString("content_type"), rs.getInt("size_bytes"),
						rs.getString("note"), rs.getTimestamp("uploaded_at").toInstant(), rs.getString("uploaded_by"))))
			.list();
		return found;
	}

	private View store(long officialId, @Nullable Kind kind, @Nullable String fileName, byte @Nullable [] bytes,
			@Nullable String note, @Nullable Long requestId) {
		if (kind == null) {
			throw new InvalidInputException("kind", "personnel.attachment.kindRequired");
		}
		if (bytes == null || bytes.length == 0) {
			throw new InvalidInputException("file", "personnel.attachment.empty");
		}
		int limit = kind == Kind.PHOTO ? MAX_PHOTO_BYTES : MAX_BYTES;
		if (bytes.length > limit) {
			throw new InvalidInputException("file", "personnel.attachment.tooLarge", limit / (1024 * 1024));
		}
		var type = sniff(bytes);
		if (type == null || (kind == Kind.PHOTO && type.equals("application/pdf"))) {
			throw new InvalidInputException("file", kind == Kind.PHOTO ? "personnel.attachment.photoType"
					: "personnel.attachment.type");
		}
		if (kind == Kind.PHOTO) {
			checkPortrait(bytes);
		}
		var name = name(fileName);
		var clean = Texts.clean(note);
		if (clean != null && clean.length() > 300) {
			throw new InvalidInputException("note", "personnel.record.tooLong", 300);
		}
		var now = clock.instant();
		var id = jdbc.sql("""
				INSERT INTO personnel.attachment (official_id, kind, file_name, content_type, size_bytes, content,
				  sha256, note, uploaded_at, uploaded_by, correction_request_id)
				VALUES (:official, :kind, :name, :type, :size, :content, :sha, :note, :at, :by, :request) RETURNING id""")
			.param("request", requestId)
			.param("official", officialId)
			.param("kind", kind.name())
			.param("name", name)
			.param("type", type)
			.param("size", bytes.length)
			.param("content", bytes)
			.param("sha", sha256(bytes))
			.param("note", clean == null || clean.isEmpty() ? null : clean)
			.param("at", Timestamp.from(now))
			.param("by", Caller.currentUsername())
			.query(Long.class)
			.single();
		var view = new View(id, officialId, kind, name, type, bytes.length, clean, now, Caller.currentUsername());
		var audited = new java.util.LinkedHashMap<String, Object>(Map.of("officialId", officialId, "kind", kind.name(),
				"fileName", name, "contentType", type, "sizeBytes", bytes.length));
		if (requestId != null) {
			audited.put("correctionRequestId", requestId);
		}
		audit.record("Attachment", Long.toString(id), "INSERT", null, audited);
		return view;
	}

	/** Removes a file from the record. */
	public void remove(long officialId, long attachmentId) {
		requireWritable(officialId);
		var removed = jdbc.sql("""
				DELETE FROM personnel.attachment WHERE id = :id AND official_id = :official
				RETURNING kind, file_name""")
			.params(Map.of("id", attachmentId, "official", officialId))
			.query((rs, n) -> Map.of("officialId", officialId, "kind", rs.getString("kind"), "fileName",
					rs.getString("file_name")))
			.optional()
			.orElseThrow(() -> new NotFoundException("personnel.attachment.notFound", attachmentId));
		audit.record("Attachment", Long.toString(attachmentId), "DELETE", removed, null);
	}

	private void requireReadable(long officialId) {
		if (!reach.reaches(officialId, scope.readable())) {
			throw new NotFoundException("personnel.official.notFound", officialId);
		}
	}

	private void requireWritable(long officialId) {
		if (!reach.reaches(officialId, scope.writable())) {
			throw new NotFoundException("personnel.official.notFound", officialId);
		}
		scope.refuseOwnCase(officialId);
	}

	/** The type the first bytes say: JPEG, PNG or PDF; anything else is none of ours. */
	static @Nullable String sniff(byte[] bytes) {
		if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8 && (bytes[2] & 0xFF) == 0xFF) {
			return "image/jpeg";
		}
		if (bytes.length >= 8 && (bytes[0] & 0xFF) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G'
				&& bytes[4] == 0x0D && bytes[5] == 0x0A && bytes[6] == 0x1A && bytes[7] == 0x0A) {
			return "image/png";
		}
		if (bytes.length >= 5 && bytes[0] == '%' && bytes[1] == 'P' && bytes[2] == 'D' && bytes[3] == 'F'
				&& bytes[4] == '-') {
			return "application/pdf";
		}
		return null;
	}

	/**
	 * A photo of the record is a 4×6 cm portrait (Mẫu 2C-BNV/2008): two parts wide to three high, give or take a tenth,
	 * and large enough to print (at least 200 pixels wide).
	 */
	static void checkPortrait(byte[] bytes) {
		try {
			var image = ImageIO.read(new ByteArrayInputStream(bytes));
			if (image == null) {
				throw new InvalidInputException("file", "personnel.attachment.photoType");
			}
			double ratio = (double) image.getWidth() / image.getHeight();
			if (Math.abs(ratio - 4.0 / 6.0) > 4.0 / 6.0 * 0.1 || image.getWidth() < 200) {
				throw new InvalidInputException("file", "personnel.attachment.photoShape", image.getWidth(),
						image.getHeight());
			}
		}
		catch (IOException ex) {
			throw new InvalidInputException("file", "personnel.attachment.photoType");
		}
	}

	/** The file's own name, without a folder, cleaned and bounded; a file with no name is named by its kind. */
	private static String name(@Nullable String fileName) {
		var clean = Texts.clean(fileName);
		if (clean == null || clean.isBlank()) {
			return "tep";
		}
		var base = clean.substring(Math.max(clean.lastIndexOf('/'), clean.lastIndexOf('\\')) + 1).strip();
		if (base.isEmpty()) {
			return "tep";
		}
		return base.length() > 200 ? base.substring(base.length() - 200) : base;
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
