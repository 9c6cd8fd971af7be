package vn.congvu.shared.documents;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;

/**
 * Writes a {@link Doc} as DOCX with POI: A4, margins 20/20/30/15 mm, Times New Roman 13 pt (Decree 30/2020/NĐ-CP,
 * Annex I); Word and LibreOffice open it as typed text they can edit.
 */
public final class DocxWriter {

	private static final String FONT = "Times New Roman";

	/** Twentieths of a point in a millimetre. */
	private static final double TWIPS_PER_MM = 1440 / 25.4;

	private DocxWriter() {
	}

	public static void write(Doc doc, OutputStream out) throws IOException {
		try (var document = new XWPFDocument()) {
			document.getProperties().getCoreProperties().setTitle(doc.title());
			document.getProperties().getCoreProperties().setCreator("CôngVụ");
			var section = document.getDocument().getBody().addNewSectPr();
			CTPageSz size = section.addNewPgSz();
			size.setW(BigInteger.valueOf(11906));
			size.setH(BigInteger.valueOf(16838));
			CTPageMar margins = section.addNewPgMar();
			margins.setTop(twips(20));
			margins.setBottom(twips(20));
			margins.setLeft(twips(30));
			margins.setRight(twips(15));
			for (var block : doc.blocks()) {
				if (block instanceof Doc.Text t) {
					text(document.createParagraph(), t);
				}
				else if (block instanceof Doc.Field f) {
					var p = document.createParagraph();
					p.setSpacingAfter(40);
					run(p, f.label() + ": ", false, false, 13);
					run(p, f.value(), true, false, 13);
				}
				else if (block instanceof Doc.Heading h) {
					var p = document.createParagraph();
					p.setSpacingBefore(160);
					p.setSpacingAfter(80);
					run(p, h.text(), true, false, 13);
				}
				else if (block instanceof Doc.Table t) {
					table(document, t);
				}
				else if (block instanceof Doc.Columns c) {
					columns(document, c);
				}
				else if (block instanceof Doc.Image i) {
					image(document.createParagraph(), i);
				}
			}
			document.write(out);
		}
	}

	private static BigInteger twips(double mm) {
		return BigInteger.valueOf(Math.round(mm * TWIPS_PER_MM));
	}

	private static void text(XWPFParagraph p, Doc.Text t) {
		p.setAlignment(switch (t.align()) {
			case LEFT -> ParagraphAlignment.LEFT;
			case CENTER -> ParagraphAlignment.CENTER;
			case RIGHT -> ParagraphAlignment.RIGHT;
		});
		p.setSpacingAfter(40);
		run(p, t.text(), t.bold(), t.italic(), t.size());
	}

	private static void run(XWPFParagraph p, String text, boolean bold, boolean italic, float size) {
		var run = p.createRun();
		run.setFontFamily(FONT);
		run.setFontSize(size);
		run.setBold(bold);
		run.setItalic(italic);
		run.setText(text);
	}

	private static void table(XWPFDocument document, Doc.Table t) {
		var table = document.createTable(t.rows().size() + 1, t.headers().size());
		table.setWidthType(TableWidthType.PCT);
		table.setWidth("100%");
		float total = 0;
		for (var w : t.widths()) {
			total += w;
		}
		for (int c = 0; c < t.headers().size(); c++) {
			cell(table, 0, c, t.headers().get(c), true, t.widths()[c] / total);
		}
		for (int r = 0; r < t.rows().size(); r++) {
			for (int c = 0; c < t.headers().size(); c++) {
				var row = t.rows().get(r);
				cell(table, r + 1, c, c < row.size() ? row.get(c) : "", false, t.widths()[c] / total);
			}
		}
		document.createParagraph();
	}

	private static void cell(XWPFTable table, int row, int column, String text, boolean bold, float share) {
		XWPFTableCell cell = table.getRow(row).getCell(column);
		cell.setWidthType(TableWidthType.PCT);
		cell.setWidth(Math.round(share * 100) + "%");
		var p = cell.getParagraphs().get(0);
		if (bold) {
			p.setAlignment(ParagraphAlignment.CENTER);
		}
		run(p, text, bold, false, 11);
	}

	private static void columns(XWPFDocument document, Doc.Columns c) {
		var table = document.createTable(1, 2);
		table.setWidthType(TableWidthType.PCT);
		table.setWidth("100%");
		table.removeBorders();
		for (int side = 0; side < 2; side++) {
			var cell = table.getRow(0).getCell(side);
			cell.setWidthType(TableWidthType.PCT);
			// the issuing body's column narrower, so that the national name and motto stand on one line each
			cell.setWidth(side == 0 ? "40%" : "60%");
			var lines = side == 0 ? c.left() : c.right();
			for (int i = 0; i < lines.size(); i++) {
				var p = i == 0 ? cell.getParagraphs().get(0) : cell.addParagraph();
				text(p, lines.get(i));
			}
		}
		document.createParagraph();
	}

	private static void image(XWPFParagraph p, Doc.Image image) throws IOException {
		p.setAlignment(switch (image.align()) {
			case LEFT -> ParagraphAlignment.LEFT;
			case CENTER -> ParagraphAlignment.CENTER;
			case RIGHT -> ParagraphAlignment.RIGHT;
		});
		boolean png = image.bytes().length > 1 && (image.bytes()[0] & 0xFF) == 0x89;
		try {
			p.createRun()
				.addPicture(new java.io.ByteArrayInputStream(image.bytes()),
						png ? org.apache.poi.xwpf.usermodel.Document.PICTURE_TYPE_PNG
								: org.apache.poi.xwpf.usermodel.Document.PICTURE_TYPE_JPEG,
						png ? "anh.png" : "anh.jpg", org.apache.poi.util.Units.toEMU(image.widthMm() * 72 / 25.4),
						org.apache.poi.util.Units.toEMU(image.heightMm() * 72 / 25.4));
		}
		catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException ex) {
			throw new IOException(ex);
		}
	}

}
