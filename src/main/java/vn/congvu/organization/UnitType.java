package vn.congvu.organization;

import java.util.Set;

/**
 * Kinds of organisation unit in a province's civil service. The type word of the official name (Thành phố, Huyện,
 * Phường, Xã, Sở ...) stays in the name; the type says where the unit sits in the administration.
 */
public enum UnitType {

	/** A province or centrally governed city (tỉnh, thành phố trực thuộc trung ương). */
	PROVINCE,
	/** A specialised agency of the provincial People's Committee or its equivalent (sở, ban, ngành, văn phòng). */
	PROVINCIAL_AGENCY,
	/** A district-level unit (thành phố thuộc tỉnh, thị xã, huyện); abolished on 1 July 2025. */
	DISTRICT,
	/** A specialised office of a district (phòng thuộc UBND cấp huyện). */
	DISTRICT_AGENCY,
	/** A commune-level unit (xã, phường, thị trấn, đặc khu). */
	COMMUNE,
	/** A public service unit (đơn vị sự nghiệp công lập): school, hospital, centre. */
	PUBLIC_SERVICE_UNIT,
	/** A Party, Fatherland Front or mass-organisation body. */
	PARTY_MASS_BODY,
	/** An internal division of an agency (phòng, chi cục, ban thuộc sở). */
	INTERNAL_DIVISION;

	/** Which kinds of parent a unit of this type may have; an empty set means it stands at the top. */
	public Set<UnitType> allowedParents() {
		return switch (this) {
			case PROVINCE -> Set.of();
			case PROVINCIAL_AGENCY, DISTRICT, PARTY_MASS_BODY -> Set.of(PROVINCE);
			case DISTRICT_AGENCY -> Set.of(DISTRICT);
			case COMMUNE -> Set.of(DISTRICT, PROVINCE);
			case PUBLIC_SERVICE_UNIT -> Set.of(PROVINCE, PROVINCIAL_AGENCY, DISTRICT, DISTRICT_AGENCY, COMMUNE,
					PUBLIC_SERVICE_UNIT, PARTY_MASS_BODY);
			case INTERNAL_DIVISION -> Set.of(PROVINCIAL_AGENCY, DISTRICT_AGENCY, PUBLIC_SERVICE_UNIT, PARTY_MASS_BODY,
					INTERNAL_DIVISION);
		};
	}

	public boolean mayHaveParent(UnitType parent) {
		return allowedParents().contains(parent);
	}

}
