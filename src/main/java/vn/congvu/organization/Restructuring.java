package vn.congvu.organization;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import vn.congvu.shared.DecisionRef;

/**
 * One restructuring operation under one decision: what it did to each unit it touched, and which units continue
 * which. Immutable once recorded; a mistake is corrected by a later restructuring, never by an edit.
 */
@Entity
@Table(name = "restructuring", schema = "organization")
class Restructuring {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Enumerated(EnumType.STRING)
	private RestructuringKind kind;

	private LocalDate effectiveDate;

	@Embedded
	private DecisionRef decision;

	private @Nullable String note;

	private Instant recordedAt;

	private String recordedBy;

	@OneToMany(cascade = CascadeType.ALL)
	@JoinColumn(name = "restructuring_id", nullable = false, updatable = false)
	private List<UnitChange> changes = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "unit_lineage", schema = "organization",
			joinColumns = @JoinColumn(name = "restructuring_id"))
	private List<Lineage> lineage = new ArrayList<>();

	@SuppressWarnings("NullAway")
	protected Restructuring() {
	}

	Restructuring(RestructuringKind kind, LocalDate effectiveDate, DecisionRef decision, @Nullable String note,
			Instant recordedAt, String recordedBy) {
		this.kind = kind;
		this.effectiveDate = effectiveDate;
		this.decision = decision;
		this.note = note == null || note.isBlank() ? null : note.strip();
		this.recordedAt = recordedAt;
		this.recordedBy = recordedBy;
	}

	long id() {
		return Objects.requireNonNull(id);
	}

	LocalDate effectiveDate() {
		return effectiveDate;
	}

	RestructuringKind kind() {
		return kind;
	}

	DecisionRef decision() {
		return decision;
	}

	void record(long unitId, UnitChangeKind change, @Nullable Long relatedUnitId, @Nullable String oldValue,
			@Nullable String newValue) {
		changes.add(new UnitChange(unitId, change, relatedUnitId, oldValue, newValue));
	}

	void link(long predecessorId, long successorId) {
		lineage.add(new Lineage(predecessorId, successorId));
	}

	List<UnitChange> changes() {
		return List.copyOf(changes);
	}

	/** A predecessor unit continued (wholly or in part) by a successor. */
	@Embeddable
	record Lineage(@Column(name = "predecessor_id") long predecessorId,
			@Column(name = "successor_id") long successorId) {
	}

	@Entity
	@Table(name = "unit_change", schema = "organization")
	static class UnitChange {

		@Id
		@GeneratedValue(strategy = GenerationType.IDENTITY)
		private @Nullable Long id;

		private long unitId;

		@Enumerated(EnumType.STRING)
		private UnitChangeKind kind;

		private @Nullable Long relatedUnitId;

		private @Nullable String oldValue;

		private @Nullable String newValue;

		@SuppressWarnings("NullAway")
		protected UnitChange() {
		}

		UnitChange(long unitId, UnitChangeKind kind, @Nullable Long relatedUnitId, @Nullable String oldValue,
				@Nullable String newValue) {
			this.unitId = unitId;
			this.kind = kind;
			this.relatedUnitId = relatedUnitId;
			this.oldValue = oldValue;
			this.newValue = newValue;
		}

		long unitId() {
			return unitId;
		}

		UnitChangeKind kind() {
			return kind;
		}

		@Nullable
		Long relatedUnitId() {
			return relatedUnitId;
		}

	}

}
