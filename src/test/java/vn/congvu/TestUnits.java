package vn.congvu;

import java.time.LocalDate;

import vn.congvu.organization.UnitRestructuring;
import vn.congvu.organization.UnitType;
import vn.congvu.shared.DecisionRef;
import vn.congvu.shared.SystemWork;

/** Units a test creates for itself, as the system: a province of its own with one commune under it. */
public final class TestUnits {

	static final DecisionRef DECISION = new DecisionRef("1/QĐ-UBND", LocalDate.of(1999, 12, 20), "UBND tỉnh");

	/** The ids of a province (code {@code code}) and of its commune ({@code code} + "001"), both from {@code from}. */
	public record ProvinceAndCommune(long province, long commune) {
	}

	private TestUnits() {
	}

	public static ProvinceAndCommune provinceAndCommune(UnitRestructuring restructuring, String code, String name,
			LocalDate from) {
		return SystemWork.call("test units", () -> {
			long province = restructuring.create(new UnitRestructuring.CreateUnit(new UnitRestructuring.NewUnit(code,
					"Tỉnh " + name, UnitType.PROVINCE, null), from, DECISION, null)).createdUnitIds().get(0);
			long commune = restructuring.create(new UnitRestructuring.CreateUnit(new UnitRestructuring.NewUnit(
					code + "001", "Xã " + name, UnitType.COMMUNE, province), from, DECISION, null)).createdUnitIds().get(0);
			return new ProvinceAndCommune(province, commune);
		});
	}

}
