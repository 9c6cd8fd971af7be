package vn.congvu.personnel.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import vn.congvu.personnel.OfficialImport;
import vn.congvu.shared.DomainException;
import vn.congvu.shared.NotFoundException;

/** The import page: the template, the upload, and a job's progress and the rows at fault. */
@Controller
class ImportController {

	private final OfficialImport imports;

	ImportController(OfficialImport imports) {
		this.imports = imports;
	}

	@GetMapping("/officials/import")
	String page(Model model) {
		model.addAttribute("mode", OfficialImport.Mode.CREATE);
		return "officials/import";
	}

	@PostMapping("/officials/import")
	String upload(@RequestParam(name = "file", required = false) @Nullable MultipartFile file,
			@RequestParam(required = false) OfficialImport.@Nullable Mode mode, Model model) throws IOException {
		try {
			if (file == null || file.isEmpty()) {
				throw new vn.congvu.shared.InvalidInputException("file", "import.file.empty");
			}
			try (var in = file.getInputStream()) {
				var id = imports.start(file.getOriginalFilename(), in, mode);
				return "redirect:/officials/import/" + id;
			}
		}
		catch (DomainException ex) {
			model.addAttribute("error", ex);
			model.addAttribute("mode", mode == null ? OfficialImport.Mode.CREATE : mode);
			return "officials/import";
		}
	}

	@GetMapping("/officials/import/{id}")
	String job(@PathVariable UUID id, Model model) {
		model.addAttribute("job", find(id));
		return "officials/import-job";
	}

	@GetMapping("/officials/import/{id}/progress")
	String progress(@PathVariable UUID id, Model model) {
		model.addAttribute("job", find(id));
		return "officials/import-job :: progress";
	}

	@GetMapping("/officials/import/template.xlsx")
	ResponseEntity<byte[]> template() throws IOException {
		var body = new ByteArrayOutputStream();
		imports.writeTemplate(body, LocaleContextHolder.getLocale());
		return vn.congvu.shared.web.Downloads.bytes("mau-nhap-ho-so.xlsx", vn.congvu.shared.web.Downloads.XLSX,
				body.toByteArray());
	}

	private OfficialImport.JobView find(UUID id) {
		return imports.job(id, LocaleContextHolder.getLocale())
			.orElseThrow(() -> new NotFoundException("import.job.notFound", id));
	}

}
