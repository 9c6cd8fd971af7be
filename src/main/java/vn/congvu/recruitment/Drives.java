package vn.congvu.recruitment;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Drives extends JpaRepository<Drive, Long> {

	@Query("select coalesce(sum(p.quota), 0) from Drive d join d.positions p where p.unitId in ?1 "
			+ "and upper(p.positionCode) = upper(?2) and d.status in ("
			+ "vn.congvu.recruitment.DriveStatus.OPEN, vn.congvu.recruitment.DriveStatus.EXAMINING, "
			+ "vn.congvu.recruitment.DriveStatus.PUBLISHED)")
	long placesHeldIn(java.util.Collection<Long> unitIds, String positionCode);

	List<Drive> findAllByOrderByAnnouncedOnDescIdDesc();

	/** The drives of the authorities given (a caller's scope), newest first. */
	List<Drive> findByAuthorityUnitIdInOrderByAnnouncedOnDescIdDesc(java.util.Collection<Long> authorityUnitIds);

}
