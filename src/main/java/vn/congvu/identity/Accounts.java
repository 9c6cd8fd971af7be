package vn.congvu.identity;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Accounts extends JpaRepository<Account, Long> {

	@Query("select a from Account a where lower(a.username) = lower(?1)")
	Optional<Account> findByUsername(String username);

	/** The account, locked until the sign-in's transaction ends: parallel attempts are counted one by one. */
	@org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
	@Query("select a from Account a where lower(a.username) = lower(?1)")
	Optional<Account> findForSignIn(String username);

	boolean existsByRole(vn.congvu.shared.Role role);

	/** The accounts whose scope lies among the given units, by user name. */
	java.util.List<Account> findByScopeUnitIdInOrderByUsername(java.util.Collection<Long> scopeUnitIds);

	java.util.List<Account> findAllByOrderByUsername();

}
