package vn.congvu.organization;

import org.springframework.data.jpa.repository.JpaRepository;

interface OrganizationalUnits extends JpaRepository<OrganizationalUnit, Long> {
}
