package vn.congvu.personnel;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import jakarta.persistence.LockModeType;

interface Officials extends JpaRepository<Official, Long> {

	/** The official, locked until the transaction ends: actions on one person are recorded one at a time. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select o from Official o where o.id = ?1")
	Optional<Official> findForChange(long id);

	/** The officials with these ids, in no particular order; one array parameter, for the reason given at PersonnelActions. */
	@Query(value = "SELECT * FROM personnel.official WHERE id = ANY(:ids)", nativeQuery = true)
	List<Official> findByIds(@Param("ids") Long[] ids);

	boolean existsByCitizenId(String citizenId);

	@Query("select o.id from Official o where o.citizenId = ?1")
	Optional<Long> findIdByCitizenId(String citizenId);

	Optional<Official> findByAccountUsername(String username);

}
