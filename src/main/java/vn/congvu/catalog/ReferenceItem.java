package vn.congvu.catalog;

/** One entry of a reference list, named in both languages. */
public record ReferenceItem(String list, String code, String nameVi, String nameEn, String source) {
}
