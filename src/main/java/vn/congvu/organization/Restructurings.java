package vn.congvu.organization;

import org.springframework.data.jpa.repository.JpaRepository;

interface Restructurings extends JpaRepository<Restructuring, Long> {
}
