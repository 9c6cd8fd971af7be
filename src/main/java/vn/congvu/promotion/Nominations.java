package vn.congvu.promotion;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface Nominations extends JpaRepository<Nomination, Long> {

	boolean existsByExamIdAndOfficialId(long examId, long officialId);

	List<Nomination> findByExamIdOrderById(long examId);

}
