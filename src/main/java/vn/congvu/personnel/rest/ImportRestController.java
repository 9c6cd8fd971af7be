package vn.congvu.personnel.rest;

import java.io.IOException;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.congvu.personnel.OfficialImport;
import vn.congvu.shared.InvalidInputException;
import vn.congvu.shared.NotFoundException;
import vn.congvu.shared.web.ProblemFactory;

/** Importing officials from XLSX or CSV: start a job, follow it, get the template. */
@RestController
@Tag(name = "Imports", description = "Officials from XLSX or CSV files")
class ImportRestController {

	private final OfficialImport imports;

	ImportRestController(OfficialImport imports) {
		this.imports = imports;
	}

	@PostMapping(path = "/api/v1/imports/officials", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Start importing officials from an XLSX or CSV file (the template's columns); 202 with the job id. "
			+ "mode=CREATE (default) adds new records only, UPDATE also changes personal details of existing ones")
	ResponseEntity<Map<String, UUID>> start(@RequestParam(name = "file", required = false) @Nullable MultipartFile file,
			@RequestParam(required = false) OfficialImport.@Nullable Mode mode) throws IOException {
		if (file == null || file.isEmpty()) {
			throw new InvalidInputException("file", "import.file.empty");
		}
		try (var in = file.getInputStream()) {
			var id = imports.start(file.getOriginalFilename(), in, mode);
			return ResponseEntity.status(HttpStatus.ACCEPTED)
				.header(HttpHeaders.LOCATION, "/api/v1/imports/" + id)
				.body(Map.of("jobId", id));
		}
	}

	@GetMapping("/api/v1/imports/{jobId}")
	@Operation(summary = "An import job: status (QUEUED, READING, CHECKING, WRITING, SUCCEEDED, FAILED), progress, "
			+ "counts and the rows at fault")
	OfficialImport.JobView job(@PathVariable UUID jobId) {
		return imports.job(jobId, ProblemFactory.requestLocale())
			.orElseThrow(() -> new NotFoundException("import.job.notFound", jobId));
	}

	@GetMapping("/api/v1/imports/officials/template.xlsx")
	@Operation(summary = "The import template: Vietnamese headers, a guide, and the units the caller may use")
	ResponseEntity<byte[]> template() throws IOException {
		var body = new java.io.ByteArrayOutputStream();
		imports.writeTemplate(body, ProblemFactory.requestLocale());
		return vn.congvu.shared.web.Downloads.bytes("mau-nhap-ho-so.xlsx", vn.congvu.shared.web.Downloads.XLSX,
				body.toByteArray());
	}

}
