/**
 * The demo province: Bạc Liêu's real organisation from 1997 through the 2025 merger into Cà Mau, a synthetic but
 * deterministic population of officials whose careers hold the seed report's figures, and one demo account per role. Loaded on first start with an empty database when demo mode is on (by default only with the embedded
 * database).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo province",
		allowedDependencies = { "shared", "organization", "identity", "personnel", "catalog", "position", "promotion",
			"recruitment" })
@org.jspecify.annotations.NullMarked
package vn.congvu.demo;
