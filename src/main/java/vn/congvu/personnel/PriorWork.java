package vn.congvu.personnel;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.Embeddable;

/**
 * A period of the official's working life before entering service (form 2C-BNV/2008, "tóm tắt quá trình công tác"),
 * by month: {@code fromMonth} and {@code toMonth} are first days of months; an open end means "to entering service".
 */
@Embeddable
public record PriorWork(LocalDate fromMonth, @Nullable LocalDate toMonth, String description) {
}
