package vn.congvu.catalog;

import java.time.LocalDate;

/** The base salary (lương cơ sở) in force from a date, in VND a month, with the decree that set it. */
public record BaseSalary(LocalDate validFrom, long amountVnd, String source, String confidence) {
}
