package vn.congvu.shared.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;

/**
 * Writes a {@link Doc} as PDF with OpenPDF, in Liberation Serif (metric-compatible with Times New Roman, with every
 * Vietnamese letter) embedded from the classpath: never a system font, some of which drop Vietnamese letters.
 */
public final class PdfWriter {

	private static final float MM = 72f / 25.4f;

	private static volatile BaseFont regular;

	private static volatile BaseFont bold;

	private static volatile BaseFont italic;

	private static volatile BaseFont boldItalic;

	private PdfWriter() {
	}

	public static void write(Doc doc, OutputStream out) {
		var document = new Document(PageSize.A4, 30 * MM, 15 * MM, 20 * MM, 20 * MM);
		com.lowagie.text.pdf.PdfWriter.getInstance(document, out);
		document.addTitle(doc.title());
		document.addCreator("CôngVụ");
		document.open();
		for (var block : doc.blocks()) {
			if (block instanceof Doc.Text t) {
				document.add(paragraph(t));
			}
			else if (block instanceof Doc.Field f) {
				var p = new Paragraph();
				p.add(new Phrase(f.label() + ": ", font(false, false, 13)));
				p.add(new Phrase(f.value(), font(true, false, 13)));
				p.setSpacingAfter(2);
				document.add(p);
			}
			else if (block instanceof Doc.Heading h) {
				var p = new Paragraph(h.text(), font(true, false, 13));
				p.setSpacingBefore(8);
				p.setSpacingAfter(4);
				document.add(p);
			}
			else if (block instanceof Doc.Table t) {
				document.add(table(t));
			}
			else if (block instanceof Doc.Columns c) {
				document.add(columns(c));
			}
			else if (block instanceof Doc.Image i) {
				document.add(image(i));
			}
		}
		document.close();
	}

	private static Paragraph paragraph(Doc.Text t) {
		var p = new Paragraph(t.text(), font(t.bold(), t.italic(), t.size()));
		p.setAlignment(switch (t.align()) {
			case LEFT -> Element.ALIGN_LEFT;
			case CENTER -> Element.ALIGN_CENTER;
			case RIGHT -> Element.ALIGN_RIGHT;
		});
		p.setSpacingAfter(2);
		return p;
	}

	private static PdfPTable table(Doc.Table t) {
		var table = new PdfPTable(t.widths());
		table.setWidthPercentage(100);
		table.setSpacingBefore(4);
		table.setSpacingAfter(6);
		table.setHeaderRows(1);
		for (var header : t.headers()) {
			var cell = new PdfPCell(new Phrase(header, font(true, false, 11)));
			cell.setHorizontalAlignment(Element.ALIGN_CENTER);
			cell.setPadding(3);
			table.addCell(cell);
		}
		for (var row : t.rows()) {
			for (var value : row) {
				var cell = new PdfPCell(new Phrase(value, font(false, false, 11)));
				cell.setPadding(3);
				table.addCell(cell);
			}
		}
		return table;
	}

	private static PdfPTable columns(Doc.Columns c) {
		// the issuing body's column narrower, so that the national name and motto stand on one line each
		var table = new PdfPTable(new float[] { 2, 3 });
		table.setWidthPercentage(100);
		table.setSpacingAfter(8);
		for (var side : java.util.List.of(c.left(), c.right())) {
			var cell = new PdfPCell();
			cell.setBorder(0);
			for (var t : side) {
				cell.addElement(paragraph(t));
			}
			table.addCell(cell);
		}
		return table;
	}

	private static Font font(boolean isBold, boolean isItalic, float size) {
		var base = isBold && isItalic ? face("LiberationSerif-BoldItalic", 3)
				: isBold ? face("LiberationSerif-Bold", 1)
						: isItalic ? face("LiberationSerif-Italic", 2) : face("LiberationSerif-Regular", 0);
		return new Font(base, size);
	}

	private static BaseFont face(String name, int slot) {
		var cached = switch (slot) {
			case 1 -> bold;
			case 2 -> italic;
			case 3 -> boldItalic;
			default -> regular;
		};
		if (cached != null) {
			return cached;
		}
		try (InputStream in = PdfWriter.class.getResourceAsStream("/liberation/" + name + ".ttf")) {
			if (in == null) {
				throw new IllegalStateException("font " + name + " is not on the classpath (openpdf-fonts-extra)");
			}
			var font = BaseFont.createFont(name + ".ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true,
					in.readAllBytes(), null);
			switch (slot) {
				case 1 -> bold = font;
				case 2 -> italic = font;
				case 3 -> boldItalic = font;
				default -> regular = font;
			}
			return font;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static com.lowagie.text.Image image(Doc.Image image) {
		try {
			var picture = com.lowagie.text.Image.getInstance(image.bytes());
			picture.scaleAbsolute(image.widthMm() * MM, image.heightMm() * MM);
			picture.setAlignment(switch (image.align()) {
				case LEFT -> com.lowagie.text.Image.ALIGN_LEFT;
				case CENTER -> com.lowagie.text.Image.ALIGN_CENTER;
				case RIGHT -> com.lowagie.text.Image.ALIGN_RIGHT;
			});
			return picture;
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
