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

	/** A document already made. */
	public static ResponseEntity<byte[]> bytes(String fileName, String contentType, byte[] content) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(contentType))
			.header(HttpHeaders.CONTENT_DISPOSITION, attachment(fileName))
			.body(content);
	}

	private static String attachment(String fileName) {
		return ContentDisposition.attachment().filename(fileName, java.nio.charset.StandardCharsets.UTF_8).build().toString();
	}

}
