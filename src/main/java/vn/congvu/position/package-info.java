/**
 * Job-position schemes (đề án vị trí việc làm): per unit, numbered versions with validity dates, each listing its job
 * positions (group, the rank or title they require, qualifications, headcount) and the rank structure (cơ cấu ngạch,
 * cơ cấu chức danh nghề nghiệp). A version is drafted, submitted, approved by the competent authority's decision and
 * superseded by the next approved one; "adjust and supplement" starts a new version from an approved one.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Job positions",
		allowedDependencies = { "shared", "organization", "catalog" })
@org.jspecify.annotations.NullMarked
package vn.congvu.position;
