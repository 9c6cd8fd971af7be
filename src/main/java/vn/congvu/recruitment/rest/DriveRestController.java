package vn.congvu.recruitment.rest;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.congvu.recruitment.ApplicationView;
import vn.congvu.recruitment.DriveView;
import vn.congvu.recruitment.RecruitmentDesk;

/** Recruitment drives over the API: announcing them, and their applications. */
@RestController
@RequestMapping("/api/v1/recruitment/drives")
@Tag(name = "Recruitment")
class DriveRestController {

	private final RecruitmentDesk desk;

	DriveRestController(RecruitmentDesk desk) {
		this.desk = desk;
	}

	@GetMapping
	@Operation(summary = "The drives of the caller's scope, newest first")
	List<DriveView> drives() {
		return desk.drives();
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Announce a drive: its positions and quotas, within their vacancies")
	DriveView announce(@RequestBody RecruitmentDesk.NewDrive body) {
		return desk.announce(body);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One drive with its positions")
	DriveView drive(@PathVariable long id) {
		return desk.drive(id);
	}

	@GetMapping("/{id}/applications")
	@Operation(summary = "The drive's applications, eligible or rejected with the reason")
	List<ApplicationView> applications(@PathVariable long id) {
		return desk.applications(id);
	}

	@PostMapping("/{id}/applications")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Take an application (one per person per drive), checked for eligibility")
	ApplicationView apply(@PathVariable long id, @RequestBody RecruitmentDesk.NewApplication body) {
		return desk.apply(id, body);
	}

}
