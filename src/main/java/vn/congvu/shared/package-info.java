/**
 * Value types every module speaks (decision references, periods), problem types, and the platform the modules run
 * on: the embedded PostgreSQL, the web shell (locale, formats, error pages).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
@org.jspecify.annotations.NullMarked
package vn.congvu.shared;
