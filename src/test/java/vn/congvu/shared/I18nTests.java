package vn.congvu.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import vn.congvu.organization.UnitChangeKind;
import vn.congvu.organization.UnitType;

/**
 * Every text a user reads comes from the message bundles, in Vietnamese and English: the bundles have the same keys,
 * every key the templates and the code use exists, and no template carries text of its own.
 */
class I18nTests {

	static final Path TEMPLATES = Path.of("src/main/resources/templates");

	static final Path SOURCES = Path.of("src/main/java");

	static Properties load(String name) throws IOException {
		var properties = new Properties();
		try (var reader = new InputStreamReader(Files.newInputStream(Path.of("src/main/resources", name)),
				StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

	@Test
	void vietnameseAndEnglishHaveTheSameKeysAndNoEmptyText() throws IOException {
		var vi = load("messages.properties");
		var en = load("messages_en.properties");
		assertThat(new TreeSet<>(en.stringPropertyNames())).isEqualTo(new TreeSet<>(vi.stringPropertyNames()));
		assertThat(vi.stringPropertyNames()).allMatch(k -> !vi.getProperty(k).isBlank());
		assertThat(en.stringPropertyNames()).allMatch(k -> !en.getProperty(k).isBlank());
	}

	@Test
	void everyKeyTheTemplatesNameExists() throws IOException {
		var vi = load("messages.properties");
		var literal = Pattern.compile("#\\{([a-zA-Z][a-zA-Z0-9_.]*)[}(]");
		var missing = new ArrayList<String>();
		for (var template : templates()) {
			var matcher = literal.matcher(Files.readString(template));
			while (matcher.find()) {
				if (!vi.containsKey(matcher.group(1))) {
					missing.add(TEMPLATES.relativize(template) + ": " + matcher.group(1));
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void everyKeyBuiltFromAnEnumOrAStatusExists() throws IOException {
		var vi = load("messages.properties");
		var wanted = new ArrayList<String>();
		for (var role : Role.values()) {
			wanted.add("role." + role);
		}
		for (var type : UnitType.values()) {
			wanted.add("unit.type." + type);
		}
		for (var change : UnitChangeKind.values()) {
			wanted.add("unit.change." + change);
		}
		for (var op : List.of("create", "amend", "merge", "split", "dissolve")) {
			wanted.addAll(List.of("restructure." + op, "restructure." + op + ".help", "restructure.done." + op));
		}
		for (var kind : vn.congvu.personnel.ActionKind.values()) {
			wanted.add("personnel.kind." + kind);
		}
		for (var category : vn.congvu.personnel.Category.values()) {
			wanted.add("personnel.category." + category);
		}
		for (var status : vn.congvu.personnel.EmploymentStatus.values()) {
			wanted.add("personnel.status." + status);
		}
		for (var column : vn.congvu.personnel.ImportColumn.values()) {
			wanted.add("import.column." + column);
		}
		for (var status : List.of("QUEUED", "READING", "CHECKING", "WRITING", "SUCCEEDED", "FAILED")) {
			wanted.add("import.status." + status);
		}
		for (var mode : vn.congvu.personnel.OfficialImport.Mode.values()) {
			wanted.add("import.mode." + mode);
		}
		for (var field : vn.congvu.personnel.CorrectableField.values()) {
			wanted.add("correction.field." + field);
		}
		for (var mode : vn.congvu.personnel.TrainingMode.values()) {
			wanted.add("record.trainingMode." + mode);
		}
		for (var side : vn.congvu.personnel.FamilyMember.FamilySide.values()) {
			wanted.add("record.family.side." + side);
		}
		for (var status : List.of("PENDING", "APPROVED", "REJECTED")) {
			wanted.add("correction.status." + status);
		}
		for (var list : vn.congvu.catalog.Catalog.LISTS) {
			wanted.add("catalog.list." + list);
		}
		for (var confidence : List.of("V", "S", "M", "U")) {
			wanted.add("catalog.confidence." + confidence);
		}
		for (var status : List.of(400, 401, 403, 404, 405, 409, 413, 415, 500, 503)) {
			wanted.addAll(List.of("problem.title." + status, "problem.status." + status));
		}
		assertThat(wanted).allMatch(vi::containsKey);
	}

	@Test
	void everyMessageCodeInTheCodeExists() throws IOException {
		var vi = load("messages.properties");
		var code = Pattern.compile("\"((?:organization|identity|validation|problem|accounts|quota|restructure|date|catalog|personnel|indicator|import|record|correction)\\.[a-zA-Z0-9_.]+)\"");
		var missing = new ArrayList<String>();
		try (Stream<Path> files = Files.walk(SOURCES)) {
			for (var file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
				var matcher = code.matcher(Files.readString(file));
				while (matcher.find()) {
					var key = matcher.group(1);
					if (!key.endsWith(".") && !vi.containsKey(key)) {
						missing.add(file.getFileName() + ": " + key);
					}
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void templatesCarryNoTextOfTheirOwn() throws IOException {
		var text = Pattern.compile(">([^<>]*)<");
		var attribute = Pattern.compile("\\s(placeholder|title|aria-label|alt|value)=\"([^\"]*)\"");
		var offenders = new ArrayList<String>();
		for (var template : templates()) {
			var html = Files.readString(template)
				.replaceAll("(?s)<!--.*?-->", "")
				.replaceAll("(?s)<script.*?</script>", "")
				.replaceAll("(?s)<style.*?</style>", "");
			var matcher = text.matcher(html);
			while (matcher.find()) {
				var content = matcher.group(1).strip();
				if (content.codePoints().anyMatch(Character::isLetter) && !content.matches("\\[\\[.*]]")) {
					offenders.add(TEMPLATES.relativize(template) + ": " + content);
				}
			}
			var attributes = attribute.matcher(html);
			while (attributes.find()) {
				var value = attributes.group(2);
				if (value.codePoints().anyMatch(Character::isLetter) && !attributes.group(1).equals("value")) {
					offenders.add(TEMPLATES.relativize(template) + ": " + attributes.group(1) + "=\"" + value + "\"");
				}
			}
		}
		assertThat(offenders).isEmpty();
	}

	@Test
	void detectsHardCodedText() {
		var html = "<p>Xin chào</p><span th:text=\"#{a}\"></span>";
		assertThat(Pattern.compile(">([^<>]*)<").matcher(html).results().map(r -> r.group(1).strip())
			.filter(s -> s.codePoints().anyMatch(Character::isLetter))
			.toList()).containsExactly("Xin chào");
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter(f -> f.toString().endsWith(".html")).toList();
		}
	}

}
