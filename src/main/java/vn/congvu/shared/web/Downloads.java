package vn.congvu.shared.web;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** Files handed to the browser: their type and a file name it saves them under (UTF-8 names allowed). */
public final class Downloads {

	public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private Downloads() {
	}

	/** An XLSX sheet streamed as it is written. */
	public static ResponseEntity<StreamingResponseBody> xlsx(String fileName, StreamingResponseBody body) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(XLSX))
			.header(HttpHeaders.CONTENT_DISPOSITION, attachment(fileName))
			.body(body);
	}

	/** Writes a download to an output stream. */
	@FunctionalInterface
	public interface Writer {

		void write(java.io.OutputStream out) throws java.io.IOException;

	}

	/**
	 * A large file (a province's appendix of a million records) written to a temporary file first, then streamed from
	 * disk and deleted (in the private folder: it holds people's data): it never sits in memory, and a failure while writing is still answered as an error, not as a
	 * truncated download.
	 */
	public static ResponseEntity<StreamingResponseBody> viaFile(vn.congvu.shared.PrivateFiles files, String fileName,
			String contentType, Writer writer) throws java.io.IOException {
		var file = files.create("download-", ".tmp");
		try (var out = new java.io.BufferedOutputStream(java.nio.file.Files.newOutputStream(file), 1 << 16)) {
			writer.write(out);
		}
		catch (java.io.IOException | RuntimeException | Error ex) {
			java.nio.file.Files.deleteIfExists(file);
			throw ex;
		}
		StreamingResponseBody body = out -> {
			try {
				java.nio.file.Files.copy(file, out);
			}
			finally {
				java.nio.file.Files.deleteIfExists(file);
			}
		};
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(contentType))
			.contentLength(java.nio.file.Files.size(file))
			.header(HttpHeaders.CONTENT_DISPOSITION, attachment(fileName))
			.body(body);
	}

	/** A document already made. */
	public static ResponseEntity<byte[]> bytes(String fileName, String contentType, byte[] content) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(contentType))
			.header(HttpHeaders.CONTENT_DISPOSITION, attachment(fileName))
			.body(content);
	}

	/** A document written as DOCX or PDF, by the extension asked for ({@code docx}, {@code pdf}); another is not found. */
	public static ResponseEntity<byte[]> document(vn.congvu.shared.documents.Doc doc, String name, String format)
			throws java.io.IOException {
		var out = new java.io.ByteArrayOutputStream();
		switch (format) {
			case "docx" -> vn.congvu.shared.documents.DocxWriter.write(doc, out);
			case "pdf" -> vn.congvu.shared.documents.PdfWriter.write(doc, out);
			default -> throw new vn.congvu.shared.NotFoundException("problem.notFound");
		}
		return bytes(name + "." + format, type(format), out.toByteArray());
	}

	/** The media type of a file by its extension: {@code docx}, {@code pdf} or {@code xlsx}. */
	public static String type(String format) {
		return switch (format) {
			case "pdf" -> "application/pdf";
			case "xlsx" -> XLSX;
			case "docx" -> "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
			default -> throw new vn.congvu.shared.NotFoundException("problem.notFound");
		};
	}

	private static String attachment(String fileName) {
		return ContentDisposition.attachment().filename(fileName, java.nio.charset.StandardCharsets.UTF_8).build().toString();
	}

}
