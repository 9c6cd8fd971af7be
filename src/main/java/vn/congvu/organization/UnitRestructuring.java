package vn.congvu.organization;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.congvu.shared.Caller;
import vn.congvu.shared.ConflictException;
import vn.congvu.shared.DecisionRef;
import vn.congvu.shared.InvalidInputException;
import vn.congvu.shared.NotFoundException;
import vn.congvu.shared.Role;

/**
 * Records restructurings: a unit is created, amended (renamed, recoded, retyped, moved), merged with others, split or
 * dissolved on an effective date under a decision. Each call is one transaction: it records everything or nothing.
 * <p>
 * Rules every operation keeps: a unit only ever sits under a parent that exists on the day and has no recorded end,
 * and whose type may hold it; changes to a unit are recorded in date order; a unit's children are placed before it
 * ceases; no two units hold one code on one day.
 */
@Service
@Transactional
public class UnitRestructuring {

	/** A unit to create, inside a merge or a split. */
	public record NewUnit(@Nullable String code, String name, UnitType type, @Nullable Long parentId) {
	}

	public record CreateUnit(NewUnit unit, LocalDate effectiveDate, DecisionRef decision, @Nullable String note) {
	}

	/**
	 * Changes some attributes of a unit; a {@code null} leaves that attribute as it was. An empty code removes the
	 * code.
	 */
	public record AmendUnit(long unitId, @Nullable String name, @Nullable String code, @Nullable UnitType type,
			@Nullable Long parentId, LocalDate effectiveDate, DecisionRef decision, @Nullable String note) {
	}

	/** Several units cease and continue as one: an existing target ({@code targetId}) or a new one. */
	public record MergeUnits(List<Long> sourceIds, @Nullable Long targetId, @Nullable NewUnit newTarget,
			LocalDate effectiveDate, DecisionRef decision, @Nullable String note) {
	}

	/** One part of a split, with the source's child units it takes over. */
	public record SplitPart(NewUnit unit, List<Long> childIds) {
	}

	/** A unit is divided into new units; it ceases unless {@code keepSource} (a part is separated from it). */
	public record SplitUnit(long unitId, List<SplitPart> parts, boolean keepSource, LocalDate effectiveDate,
			DecisionRef decision, @Nullable String note) {
	}

	public record DissolveUnit(long unitId, LocalDate effectiveDate, DecisionRef decision, @Nullable String note) {
	}

	/** What a restructuring did: its id and the units it created. */
	public record Outcome(long restructuringId, List<Long> createdUnitIds) {
	}

	private final OrganizationalUnits units;

	private final Restructurings restructurings;

	private final UnitDirectory directory;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final ScopeGuard guard;

	UnitRestructuring(ScopeGuard guard, OrganizationalUnits units, Restructurings restructurings, UnitDirectory directory,
			JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
		this.units = units;
		this.restructurings = restructurings;
		this.directory = directory;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
		this.guard = guard;
	}

	public Outcome create(CreateUnit command) {
		var date = requireDate(command.effectiveDate());
		var attributes = attributesOf(command.unit(), "unit");
		checkScope(parentsOf(List.of(attributes)), "parentId", date);
		if (attributes.parentId() == null && Caller.current().filter(c -> c.role() != Role.SYSTEM_ADMIN).isPresent()) {
			throw new AccessDeniedException("Only the operator creates top-level units");
		}
		checkParent(attributes, date, Set.of(), "parentId");
		checkCodesFree(List.of(attributes), date, Set.of());
		var restructuring = begin(RestructuringKind.CREATE, date, command.decision(), command.note());
		var unit = units.save(OrganizationalUnit.create(attributes, date));
		restructuring.record(unit.id(), UnitChangeKind.CREATED, null, null, attributes.name());
		return finish(restructuring, List.of(unit.id()), List.of(unit.id()));
	}

	public Outcome amend(AmendUnit command) {
		var date = requireDate(command.effectiveDate());
		checkScope(List.of(command.unitId()), null, date);
		var unit = load(command.unitId());
		unit.checkChangeableOn(date);
		var before = unit.latest().attributes();
		var code = command.code() == null ? before.code() : command.code();
		var after = new UnitAttributes(code, command.name() == null ? before.name() : command.name(),
				command.type() == null ? before.type() : command.type(),
				command.parentId() == null ? before.parentId() : command.parentId());
		if (after.equals(before)) {
			throw new InvalidInputException("name", "organization.amend.nothingChanges");
		}
		if (!Objects.equals(after.parentId(), before.parentId())) {
			checkScope(parentsOf(List.of(after)), "parentId", date);
			checkParent(after, date, Set.of(unit.id()), "parentId");
			if (after.parentId() != null && isAncestorOrSelf(unit.id(), after.parentId(), date)) {
				throw new InvalidInputException("parentId", "organization.amend.cycle", before.name());
			}
		}
		else if (after.type() != before.type()) {
			checkParent(after, date, Set.of(unit.id()), "type");
		}
		if (after.type() != before.type()) {
			for (var child : activeChildren(unit.id(), date)) {
				if (!child.type().mayHaveParent(after.type())) {
					throw new InvalidInputException("type", "organization.parent.typeNotAllowed", child.name(),
							after.name());
				}
			}
		}
		if (!Objects.equals(after.code(), before.code())) {
			checkCodesFree(List.of(after), date, Set.of(unit.id()));
		}
		var restructuring = begin(RestructuringKind.AMEND, date, command.decision(), command.note());
		unit.amend(after, date);
		if (!after.name().equals(before.name())) {
			restructuring.record(unit.id(), UnitChangeKind.RENAMED, null, before.name(), after.name());
		}
		if (!Objects.equals(after.code(), before.code())) {
			restructuring.record(unit.id(), UnitChangeKind.RECODED, null, before.code(), after.code());
		}
		if (after.type() != before.type()) {
			restructuring.record(unit.id(), UnitChangeKind.RETYPED, null, before.type().name(), after.type().name());
		}
		if (!Objects.equals(after.parentId(), before.parentId())) {
			restructuring.record(unit.id(), UnitChangeKind.MOVED, after.parentId(), nameOf(before.parentId(), date),
					nameOf(after.parentId(), date));
		}
		return finish(restructuring, List.of(unit.id()), List.of());
	}

	public Outcome merge(MergeUnits command) {
		var date = requireDate(command.effectiveDate());
		var sourceIds = distinct(command.sourceIds(), "sourceIds");
		if ((command.targetId() == null) == (command.newTarget() == null)) {
			throw new InvalidInputException("targetId", "organization.merge.oneTarget");
		}
		if (command.targetId() != null && sourceIds.contains(command.targetId())) {
			throw new InvalidInputException("targetId", "organization.merge.targetIsSource");
		}
		int minimumSources = command.targetId() == null ? 2 : 1;
		if (sourceIds.size() < minimumSources) {
			throw new InvalidInputException("sourceIds", "organization.merge.tooFewSources", minimumSources);
		}
		checkScope(sourceIds, null, date);
		var sources = new ArrayList<OrganizationalUnit>();
		for (var id : sourceIds) {
			var source = load(id);
			source.checkChangeableOn(date);
			sources.add(source);
		}
		OrganizationalUnit target;
		List<Long> created = new ArrayList<>();
		if (command.targetId() != null) {
			checkScope(List.of(command.targetId()), null, date);
			target = load(command.targetId());
			if (!target.existsOn(date) || !target.isOpenEnded()) {
				throw new InvalidInputException("targetId", "organization.merge.targetNotExisting",
						target.latest().name(), date);
			}
			for (var source : sources) {
				if (isAncestorOrSelf(source.id(), target.id(), date)) {
					throw new InvalidInputException("targetId", "organization.amend.cycle", target.latest().name());
				}
			}
		}
		else {
			var attributes = attributesOf(Objects.requireNonNull(command.newTarget()), "newTarget");
			checkScope(parentsOf(List.of(attributes)), "newTarget.parentId", date);
			checkParent(attributes, date, new HashSet<>(sourceIds), "newTarget.parentId");
			for (var source : sources) {
				if (attributes.parentId() != null && isAncestorOrSelf(source.id(), attributes.parentId(), date)) {
					throw new InvalidInputException("newTarget.parentId", "organization.amend.cycle", attributes.name());
				}
			}
			checkCodesFree(List.of(attributes), date, new HashSet<>(sourceIds));
			target = units.save(OrganizationalUnit.create(attributes, date));
			created.add(target.id());
		}
		var targetType = target.latest().type();
		var restructuring = begin(RestructuringKind.MERGE, date, command.decision(), command.note());
		if (!created.isEmpty()) {
			restructuring.record(target.id(), UnitChangeKind.CREATED, null, null, target.latest().name());
		}
		var touched = new LinkedHashSet<Long>(created);
		touched.add(target.id());
		for (var source : sources) {
			for (var child : activeChildren(source.id(), date)) {
				if (!child.type().mayHaveParent(targetType)) {
					throw new InvalidInputException("sourceIds", "organization.parent.typeNotAllowed", child.name(),
							target.latest().name());
				}
				var childUnit = load(child.id());
				childUnit.amend(childUnit.latest().attributes().withParent(target.id()), date);
				restructuring.record(child.id(), UnitChangeKind.MOVED, target.id(), source.latest().name(),
						target.latest().name());
				touched.add(child.id());
			}
			var sourceName = source.latest().name();
			source.end(date);
			restructuring.record(source.id(), UnitChangeKind.MERGED_INTO, target.id(), null, null);
			restructuring.record(target.id(), UnitChangeKind.ABSORBED, source.id(), sourceName, null);
			restructuring.link(source.id(), target.id());
			touched.add(source.id());
		}
		return finish(restructuring, List.copyOf(touched), created);
	}

	public Outcome split(SplitUnit command) {
		var date = requireDate(command.effectiveDate());
		checkScope(List.of(command.unitId()), null, date);
		var source = load(command.unitId());
		source.checkChangeableOn(date);
		int minimumParts = command.keepSource() ? 1 : 2;
		if (command.parts() == null || command.parts().size() < minimumParts) {
			throw new InvalidInputException("parts", "organization.split.tooFewParts", minimumParts);
		}
		var partAttributes = new ArrayList<UnitAttributes>();
		for (int i = 0; i < command.parts().size(); i++) {
			var attributes = attributesOf(command.parts().get(i).unit(), "parts[" + i + "]");
			if (!command.keepSource() && Objects.equals(attributes.parentId(), source.id())) {
				throw new InvalidInputException("parts[" + i + "].parentId", "organization.split.partUnderSource");
			}
			partAttributes.add(attributes);
		}
		checkScope(parentsOf(partAttributes), "parts", date);
		var ending = command.keepSource() ? Set.<Long>of() : Set.of(source.id());
		for (int i = 0; i < partAttributes.size(); i++) {
			checkParent(partAttributes.get(i), date, ending, "parts[" + i + "].parentId");
		}
		checkCodesFree(partAttributes, date, ending);
		var children = new HashMap<Long, UnitView>();
		activeChildren(source.id(), date).forEach(child -> children.put(child.id(), child));
		var assigned = new HashMap<Long, Integer>();
		for (int i = 0; i < command.parts().size(); i++) {
			for (var childId : command.parts().get(i).childIds()) {
				if (!children.containsKey(childId)) {
					throw new InvalidInputException("parts[" + i + "].childIds", "organization.split.notAChild",
							childId, source.latest().name());
				}
				if (assigned.put(childId, i) != null) {
					throw new InvalidInputException("parts[" + i + "].childIds", "organization.split.childTwice",
							children.get(childId).name());
				}
				if (!children.get(childId).type().mayHaveParent(partAttributes.get(i).type())) {
					throw new InvalidInputException("parts[" + i + "].childIds", "organization.parent.typeNotAllowed",
							children.get(childId).name(), partAttributes.get(i).name());
				}
			}
		}
		for (int i = 0; i < partAttributes.size(); i++) {
			var parent = partAttributes.get(i).parentId();
			if (parent != null && parent != source.id()) {
				// the part may not sit under a unit that itself moves under this part
				var carrier = childOfSourceLeadingTo(source.id(), parent, date);
				if (carrier != null && Integer.valueOf(i).equals(assigned.get(carrier))) {
					throw new InvalidInputException("parts[" + i + "].parentId", "organization.amend.cycle",
							partAttributes.get(i).name());
				}
			}
		}
		if (!command.keepSource()) {
			var unplaced = children.values().stream().filter(c -> !assigned.containsKey(c.id())).map(UnitView::name)
				.toList();
			if (!unplaced.isEmpty()) {
				throw new ConflictException("organization.split.childrenUnplaced", String.join(", ", unplaced));
			}
		}
		var restructuring = begin(RestructuringKind.SPLIT, date, command.decision(), command.note());
		var created = new ArrayList<Long>();
		var touched = new LinkedHashSet<Long>();
		touched.add(source.id());
		for (var attributes : partAttributes) {
			var part = units.save(OrganizationalUnit.create(attributes, date));
			created.add(part.id());
			restructuring.record(part.id(), UnitChangeKind.CREATED, null, null, attributes.name());
			restructuring.record(part.id(), UnitChangeKind.SPLIT_FROM, source.id(), source.latest().name(), null);
			restructuring.record(source.id(), UnitChangeKind.SPLIT_INTO, part.id(), null, attributes.name());
			restructuring.link(source.id(), part.id());
		}
		touched.addAll(created);
		for (var entry : assigned.entrySet()) {
			var child = load(entry.getKey());
			var part = created.get(entry.getValue());
			child.amend(child.latest().attributes().withParent(part), date);
			restructuring.record(child.id(), UnitChangeKind.MOVED, part, source.latest().name(),
					partAttributes.get(entry.getValue()).name());
			touched.add(child.id());
		}
		if (!command.keepSource()) {
			source.end(date);
			restructuring.record(source.id(), UnitChangeKind.DISSOLVED, null, null, null);
		}
		return finish(restructuring, List.copyOf(touched), created);
	}

	public Outcome dissolve(DissolveUnit command) {
		var date = requireDate(command.effectiveDate());
		checkScope(List.of(command.unitId()), null, date);
		var unit = load(command.unitId());
		unit.checkChangeableOn(date);
		var children = activeChildren(unit.id(), date);
		if (!children.isEmpty()) {
			throw new ConflictException("organization.dissolve.hasChildren", unit.latest().name(),
					String.join(", ", children.stream().map(UnitView::name).toList()));
		}
		var restructuring = begin(RestructuringKind.DISSOLVE, date, command.decision(), command.note());
		unit.end(date);
		restructuring.record(unit.id(), UnitChangeKind.DISSOLVED, null, null, null);
		return finish(restructuring, List.of(unit.id()), List.of());
	}

	private Restructuring begin(RestructuringKind kind, LocalDate date, DecisionRef decision, @Nullable String note) {
		if (decision == null) {
			throw new InvalidInputException("decision", "validation.decision.required");
		}
		if (note != null && note.length() > 1000) {
			throw new InvalidInputException("note", "organization.note.tooLong", 1000);
		}
		return new Restructuring(kind, date, decision, note, clock.instant(), Caller.currentUsername());
	}

	private Outcome finish(Restructuring restructuring, List<Long> touched, List<Long> created) {
		var saved = restructurings.save(restructuring);
		units.flush();
		var successions = saved.changes().stream()
			.filter(c -> c.kind() == UnitChangeKind.MERGED_INTO)
			.map(c -> new UnitsRestructured.Succession(c.unitId(), Objects.requireNonNull(c.relatedUnitId())))
			.toList();
		var ceased = saved.changes().stream()
			.filter(c -> c.kind() == UnitChangeKind.MERGED_INTO || c.kind() == UnitChangeKind.DISSOLVED)
			.map(Restructuring.UnitChange::unitId)
			.distinct()
			.toList();
		events.publishEvent(new UnitsRestructured(saved.id(), saved.kind(), saved.effectiveDate(), saved.decision(),
				touched, successions, ceased));
		return new Outcome(saved.id(), List.copyOf(created));
	}

	private OrganizationalUnit load(long id) {
		return units.findForChange(id).orElseThrow(() -> new NotFoundException("organization.unit.notFound", id));
	}

	private static LocalDate requireDate(@Nullable LocalDate date) {
		if (date == null) {
			throw new InvalidInputException("effectiveDate", "validation.effectiveDate.required");
		}
		return date;
	}

	private static UnitAttributes attributesOf(@Nullable NewUnit unit, String field) {
		if (unit == null) {
			throw new InvalidInputException(field, "organization.unit.required");
		}
		return new UnitAttributes(unit.code(), unit.name(), unit.type(), unit.parentId());
	}

	private static List<Long> distinct(@Nullable List<Long> ids, String field) {
		if (ids == null) {
			throw new InvalidInputException(field, "organization.merge.tooFewSources", 1);
		}
		var set = new LinkedHashSet<Long>();
		for (var id : ids) {
			if (id == null || !set.add(id)) {
				throw new InvalidInputException(field, "organization.merge.duplicateSource");
			}
		}
		return List.copyOf(set);
	}

	/**
	 * The parent must exist on the day with no recorded end, and its type must be able to hold the unit. A unit with no
	 * parent must be of a type that stands at the top.
	 */
	private void checkParent(UnitAttributes attributes, LocalDate date, Set<Long> ending, String field) {
		if (attributes.parentId() == null) {
			if (!attributes.type().allowedParents().isEmpty()) {
				throw new InvalidInputException(field, "organization.parent.required");
			}
			return;
		}
		var parent = units.findForChange(attributes.parentId())
			.orElseThrow(() -> new InvalidInputException(field, "organization.parent.notFound", attributes.parentId()));
		if (!parent.existsOn(date) || !parent.isOpenEnded() || ending.contains(parent.id())) {
			throw new InvalidInputException(field, "organization.parent.notExisting", parent.latest().name(), date);
		}
		var parentType = parent.versionOn(date).orElseThrow().type();
		if (!attributes.type().mayHaveParent(parentType)) {
			throw new InvalidInputException(field, "organization.parent.typeNotAllowed", attributes.name(),
					parent.latest().name());
		}
	}

	private void checkCodesFree(List<UnitAttributes> attributes, LocalDate date, Set<Long> ending) {
		var seen = new HashSet<String>();
		for (var a : attributes) {
			if (a.code() == null) {
				continue;
			}
			if (!seen.add(a.code())) {
				throw new InvalidInputException("code", "organization.code.inUse", a.code(), a.name());
			}
			var holders = jdbc.sql("""
					SELECT v.unit_id, v.name FROM organization.unit_version v
					WHERE v.code = :code AND (v.valid_to IS NULL OR v.valid_to > :date)
					""").param("code", a.code()).param("date", date)
				.query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2)))
				.list();
			for (var holder : holders) {
				if (!ending.contains(holder.getKey())) {
					throw new InvalidInputException("code", "organization.code.inUse", a.code(), holder.getValue());
				}
			}
		}
	}

	private List<UnitView> activeChildren(long unitId, LocalDate date) {
		var ids = jdbc.sql("""
				SELECT DISTINCT v.unit_id FROM organization.unit_version v
				WHERE v.parent_id = :id AND (v.valid_to IS NULL OR v.valid_to > :date)
				""").param("id", unitId).param("date", date).query(Long.class).list();
		return ids.stream().map(id -> directory.require(id, date)).toList();
	}

	private boolean isAncestorOrSelf(long unitId, long candidateDescendant, LocalDate date) {
		if (unitId == candidateDescendant) {
			return true;
		}
		return directory.ancestorsAsOf(candidateDescendant, date).stream().anyMatch(u -> u.id() == unitId);
	}

	/** The direct child of {@code sourceId} above (or at) {@code unitId} on a date, if the unit lies under the source. */
	private @Nullable Long childOfSourceLeadingTo(long sourceId, long unitId, LocalDate date) {
		long previous = unitId;
		for (var ancestor : directory.ancestorsAsOf(unitId, date)) {
			if (ancestor.id() == sourceId) {
				return previous;
			}
			previous = ancestor.id();
		}
		return null;
	}

	private @Nullable String nameOf(@Nullable Long unitId, LocalDate date) {
		return unitId == null ? null : directory.unit(unitId, date).map(UnitView::name).orElse(null);
	}

	private static List<Long> parentsOf(Collection<UnitAttributes> attributes) {
		return attributes.stream().map(UnitAttributes::parentId).filter(Objects::nonNull).toList();
	}

	/**
	 * Home Affairs restructures only inside its scope; the operator everywhere. Units outside the scope look like units
	 * that do not exist.
	 */
	/**
	 * Units named as parents ({@code parentField} given) that lie outside the scope are reported on that field, like
	 * parents that do not exist; other units outside it look like units that do not exist. Scope is judged on the
	 * restructuring's effective date.
	 */
	private void checkScope(Collection<Long> unitIds, @Nullable String parentField, LocalDate date) {
		var reach = guard.reach("Restructuring is for Home Affairs and the operator", Role.HOME_AFFAIRS,
				Role.SYSTEM_ADMIN);
		if (reach.system() || reach.hasRole(Role.SYSTEM_ADMIN)) {
			return;
		}
		for (var id : unitIds) {
			if (!guard.coversOn(reach, id, date)) {
				throw parentField == null ? new NotFoundException("organization.unit.notFound", id)
						: new InvalidInputException(parentField, "organization.parent.notFound", id);
			}
		}
	}

}
