package vn.congvu.promotion;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface PromotionExams extends JpaRepository<PromotionExam, Long> {

	List<PromotionExam> findAllByOrderByHeldOnDescIdDesc();

	/** The rounds of the authorities given (a caller's scope), latest first. */
	List<PromotionExam> findByAuthorityUnitIdInOrderByHeldOnDescIdDesc(java.util.Collection<Long> authorityUnitIds);

}
