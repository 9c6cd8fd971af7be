package vn.congvu.position;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PositionSchemes extends JpaRepository<PositionScheme, Long> {

	List<PositionScheme> findByUnitIdOrderByVersionNoDesc(long unitId);

	@Query("select coalesce(max(s.versionNo), 0) from PositionScheme s where s.unitId = ?1")
	int lastVersionNo(long unitId);

	@Query("select s from PositionScheme s where s.unitId = ?1 and s.status in ("
			+ "vn.congvu.position.SchemeStatus.DRAFT, vn.congvu.position.SchemeStatus.SUBMITTED)")
	Optional<PositionScheme> findOpen(long unitId);

	@Query("select s from PositionScheme s where s.unitId = ?1 and s.status in ("
			+ "vn.congvu.position.SchemeStatus.APPROVED, vn.congvu.position.SchemeStatus.SUPERSEDED) "
			+ "and s.appliesFrom <= ?2 and (s.appliesTo is null or s.appliesTo > ?2)")
	Optional<PositionScheme> findInForce(long unitId, java.time.LocalDate date);

	@Query("select s from PositionScheme s where s.unitId = ?1 and s.status = vn.congvu.position.SchemeStatus.APPROVED")
	Optional<PositionScheme> findApproved(long unitId);

}
