package vn.congvu.organization;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface StaffingQuotas extends JpaRepository<StaffingQuota, Long> {

	Optional<StaffingQuota> findByUnitIdAndYear(long unitId, int year);

	List<StaffingQuota> findByUnitIdOrderByYearDesc(long unitId);

	List<StaffingQuota> findByYear(int year);

}
