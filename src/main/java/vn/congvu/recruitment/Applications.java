package vn.congvu.recruitment;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface Applications extends JpaRepository<Application, Long> {

	boolean existsByDriveIdAndCitizenId(long driveId, String citizenId);

	List<Application> findByDriveIdOrderById(long driveId);

}
