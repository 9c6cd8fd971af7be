package vn.congvu.personnel;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface PersonnelActions extends JpaRepository<PersonnelAction, Long> {

	List<PersonnelAction> findByOfficialIdOrderByEffectiveDateAscIdAsc(long officialId);

	List<PersonnelAction> findByOfficialIdInOrderByOfficialIdAscEffectiveDateAscIdAsc(Collection<Long> officialIds);

}
