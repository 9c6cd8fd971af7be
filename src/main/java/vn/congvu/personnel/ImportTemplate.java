package vn.congvu.personnel;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;

import vn.congvu.organization.UnitDirectory;

/**
 * The officials' import template: a data sheet with the Vietnamese headers (required ones marked *), its citizen-id
 * and date columns formatted as text so that spreadsheet programs keep leading zeros and dd/mm/yyyy as typed; a guide
 * to each column; and the units the downloading account may enrol people into, with the ids the file needs.
 */
final class ImportTemplate {

	private final MessageSource messages;

	private final UnitDirectory units;

	private final PersonnelScope scope;

	private final Clock clock;

	ImportTemplate(MessageSource messages, UnitDirectory units, PersonnelScope scope, Clock clock) {
		this.messages = messages;
		this.units = units;
		this.scope = scope;
		this.clock = clock;
	}

	void write(OutputStream out, Locale locale) throws IOException {
		var access = scope.writable();
		var today = LocalDate.now(clock);
		try (var workbook = new XSSFWorkbook()) {
			var bold = workbook.createFont();
			bold.setBold(true);
			var header = workbook.createCellStyle();
			header.setFont(bold);
			header.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
			header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			header.setBorderBottom(BorderStyle.THIN);
			var text = workbook.createCellStyle();
			text.setDataFormat(workbook.createDataFormat().getFormat("@"));

			var data = workbook.createSheet(message("import.template.sheet.data", locale));
			var headers = data.createRow(0);
			var columns = ImportColumn.values();
			for (int c = 0; c < columns.length; c++) {
				var cell = headers.createCell(c);
				cell.setCellValue(columns[c].header() + (columns[c].required() ? " *" : ""));
				cell.setCellStyle(header);
				data.setColumnWidth(c, Math.max(14, columns[c].header().length() + 4) * 256);
				data.setDefaultColumnStyle(c, text);
			}
			data.createFreezePane(0, 1);

			var guide = workbook.createSheet(message("import.template.sheet.guide", locale));
			var top = guide.createRow(0);
			top.createCell(0).setCellValue(message("import.template.guide.column", locale));
			top.createCell(1).setCellValue(message("import.template.guide.required", locale));
			top.createCell(2).setCellValue(message("import.template.guide.how", locale));
			for (int i = 0; i < 3; i++) {
				top.getCell(i).setCellStyle(header);
			}
			for (int c = 0; c < columns.length; c++) {
				var row = guide.createRow(c + 1);
				row.createCell(0).setCellValue(columns[c].header());
				row.createCell(1).setCellValue(columns[c].required() ? message("import.template.yes", locale) : "");
				row.createCell(2).setCellValue(message("import.column." + columns[c].name(), locale));
			}
			var notes = guide.createRow(columns.length + 2);
			notes.createCell(0).setCellValue(message("import.template.guide.rules", locale));
			guide.setColumnWidth(0, 30 * 256);
			guide.setColumnWidth(1, 10 * 256);
			guide.setColumnWidth(2, 110 * 256);

			var list = workbook.createSheet(message("import.template.sheet.units", locale));
			var unitHeader = list.createRow(0);
			unitHeader.createCell(0).setCellValue(ImportColumn.UNIT_ID.header());
			unitHeader.createCell(1).setCellValue(message("import.template.units.code", locale));
			unitHeader.createCell(2).setCellValue(message("import.template.units.name", locale));
			for (int i = 0; i < 3; i++) {
				unitHeader.getCell(i).setCellStyle(header);
			}
			var reach = access.unrestricted() || access.root() == null ? null : units.scopeOf(access.root());
			int r = 1;
			for (var unit : units.unitsAsOf(today)) {
				if (access.nothing() || (reach != null && !reach.contains(unit.id()))) {
					continue;
				}
				var row = list.createRow(r++);
				row.createCell(0).setCellValue(unit.id());
				row.createCell(1).setCellValue(unit.code() == null ? "" : unit.code());
				row.createCell(2).setCellValue(unit.name());
			}
			list.setColumnWidth(0, 14 * 256);
			list.setColumnWidth(1, 12 * 256);
			list.setColumnWidth(2, 60 * 256);
			workbook.write(out);
		}
	}

	private String message(String code, Locale locale) {
		return messages.getMessage(code, null, code, locale);
	}

}
