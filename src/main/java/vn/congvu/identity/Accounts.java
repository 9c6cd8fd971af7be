package vn.congvu.identity;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Accounts extends JpaRepository<Account, Long> {

	@Query("select a from Account a where lower(a.username) = lower(?1)")
	Optional<Account> findByUsername(String username);

	boolean existsByRole(vn.congvu.shared.Role role);

	/** The accounts whose scope lies among the given units, by user name. */
	java.util.List<Account> findByScopeUnitIdInOrderByUsername(java.util.Collection<Long> scopeUnitIds);

	java.util.List<Account> findAllByOrderByUsername();

}
