package vn.congvu.personnel;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PersonnelActions extends JpaRepository<PersonnelAction, Long> {

	List<PersonnelAction> findByOfficialIdOrderByEffectiveDateAscIdAsc(long officialId);

	/**
	 * The actions of many officials, each's in the order they took effect. The ids go as one array: with an IN list,
	 * whose SQL changes with its length, Hibernate translated the query again on every call (a third of the record
	 * page's CPU under load, issue 19).
	 */
	@Query(value = "SELECT * FROM personnel.personnel_action WHERE official_id = ANY(:ids)"
			+ " ORDER BY official_id, effective_date, id", nativeQuery = true)
	List<PersonnelAction> findOfOfficials(@Param("ids") Long[] officialIds);

}
