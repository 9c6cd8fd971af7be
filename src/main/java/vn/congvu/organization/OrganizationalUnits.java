package vn.congvu.organization;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import jakarta.persistence.LockModeType;

interface OrganizationalUnits extends JpaRepository<OrganizationalUnit, Long> {

	/**
	 * The unit, locked until the transaction ends: two restructurings of one unit run one after the other, and the
	 * second sees what the first recorded.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select u from OrganizationalUnit u where u.id = ?1")
	Optional<OrganizationalUnit> findForChange(long id);

}
