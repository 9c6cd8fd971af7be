package vn.congvu.personnel.web;

import java.io.IOException;

import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.congvu.personnel.Attachments;
import vn.congvu.shared.DomainException;
import vn.congvu.shared.NotFoundException;
import vn.congvu.shared.web.Downloads;
import vn.congvu.shared.web.FormValues;

/** The files of a record on its page: the photo shown, files downloaded, added and removed (HR, in scope). */
@Controller
class AttachmentController {

	private final Attachments attachments;

	AttachmentController(Attachments attachments) {
		this.attachments = attachments;
	}

	@GetMapping("/officials/{id}/photo")
	ResponseEntity<byte[]> photo(@PathVariable long id) {
		var photo = attachments.photo(id).orElseThrow(() -> new NotFoundException("personnel.attachment.noPhoto", id));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(photo.contentType()))
			.cacheControl(CacheControl.noStore())
			.body(photo.bytes());
	}

	@GetMapping("/officials/{id}/attachments/{attachmentId}")
	ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long attachmentId) {
		var content = attachments.content(id, attachmentId);
		return Downloads.bytes(content.fileName(), content.contentType(), content.bytes());
	}

	@PostMapping("/officials/{id}/attachments")
	String add(@PathVariable long id, @RequestParam(required = false) @Nullable String kind,
			@RequestParam(required = false) @Nullable MultipartFile file,
			@RequestParam(required = false) @Nullable String note, RedirectAttributes redirect) throws IOException {
		try {
			attachments.add(id, FormValues.enumOf(Attachments.Kind.class, kind),
					file == null ? null : file.getOriginalFilename(), file == null ? null : file.getBytes(), note);
			redirect.addFlashAttribute("done", "personnel.attachment.added");
		}
		catch (NotFoundException ex) {
			throw ex;
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("attachmentError", ex);
			redirect.addFlashAttribute("attachmentKind", kind);
			redirect.addFlashAttribute("attachmentNote", note);
		}
		return "redirect:/officials/" + id + "?tab=documents";
	}

	@PostMapping("/officials/{id}/attachments/{attachmentId}/delete")
	String remove(@PathVariable long id, @PathVariable long attachmentId, RedirectAttributes redirect) {
		attachments.remove(id, attachmentId);
		redirect.addFlashAttribute("done", "personnel.attachment.removed");
		return "redirect:/officials/" + id + "?tab=documents";
	}

}
