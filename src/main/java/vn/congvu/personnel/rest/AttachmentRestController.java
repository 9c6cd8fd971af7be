package vn.congvu.personnel.rest;

import java.io.IOException;
import java.net.URI;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.congvu.personnel.Attachments;
import vn.congvu.shared.web.Downloads;

/** The files of an official's record over the API: the photo, scanned decisions, degrees, evidence. */
@RestController
@Tag(name = "Officials", description = "Officials' records and personnel actions")
class AttachmentRestController {

	private final Attachments attachments;

	AttachmentRestController(Attachments attachments) {
		this.attachments = attachments;
	}

	@GetMapping("/api/v1/officials/{id}/attachments")
	@Operation(summary = "The files of the record, newest first (without their content)")
	List<Attachments.View> list(@PathVariable long id) {
		return attachments.of(id);
	}

	@PostMapping(path = "/api/v1/officials/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Add a file (JPEG, PNG or PDF up to 10 MB; a PHOTO is a 4×6 portrait JPEG or PNG up to 2 MB)")
	ResponseEntity<Attachments.View> add(@PathVariable long id, @RequestParam(required = false) Attachments.@Nullable Kind kind,
			@RequestParam(required = false) @Nullable MultipartFile file,
			@RequestParam(required = false) @Nullable String note) throws IOException {
		var added = attachments.add(id, kind, file == null ? null : file.getOriginalFilename(),
				file == null ? null : file.getBytes(), note);
		return ResponseEntity.created(URI.create("/api/v1/officials/" + id + "/attachments/" + added.id())).body(added);
	}

	@GetMapping("/api/v1/officials/{id}/attachments/{attachmentId}")
	@Operation(summary = "A file's content")
	ResponseEntity<byte[]> content(@PathVariable long id, @PathVariable long attachmentId) {
		var content = attachments.content(id, attachmentId);
		return Downloads.bytes(content.fileName(), content.contentType(), content.bytes());
	}

	@DeleteMapping("/api/v1/officials/{id}/attachments/{attachmentId}")
	@Operation(summary = "Remove a file from the record")
	ResponseEntity<Void> remove(@PathVariable long id, @PathVariable long attachmentId) {
		attachments.remove(id, attachmentId);
		return ResponseEntity.noContent().build();
	}

}
