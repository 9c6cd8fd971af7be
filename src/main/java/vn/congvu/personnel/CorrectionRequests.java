package vn.congvu.personnel;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CorrectionRequests extends JpaRepository<CorrectionRequest, Long> {

	List<CorrectionRequest> findByOfficialIdOrderByRequestedAtDesc(long officialId);

	List<CorrectionRequest> findByStatusOrderByRequestedAt(CorrectionRequest.Status status);

}
