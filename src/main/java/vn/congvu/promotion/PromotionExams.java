package vn.congvu.promotion;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface PromotionExams extends JpaRepository<PromotionExam, Long> {

	List<PromotionExam> findAllByOrderByHeldOnDescIdDesc();

}
