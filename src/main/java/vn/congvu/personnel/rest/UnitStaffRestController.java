package vn.congvu.personnel.rest;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.congvu.personnel.UnitStaff;

/** A unit's staff on a date over the API: the same list as the unit's staff page. */
@RestController
@Tag(name = "Officials", description = "Officials' records and personnel actions")
class UnitStaffRestController {

	private final UnitStaff staff;

	UnitStaffRestController(UnitStaff staff) {
		this.staff = staff;
	}

	@GetMapping("/api/v1/units/{unitId}/staff")
	@Operation(summary = "The people at work in the unit on a date (today by default), with the units below if asked, "
			+ "in Vietnamese name order, with their next salary step and retirement day")
	UnitStaff.Staff staff(@PathVariable long unitId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf,
			@RequestParam(defaultValue = "false") boolean below) {
		return staff.of(unitId, asOf, below);
	}

}
