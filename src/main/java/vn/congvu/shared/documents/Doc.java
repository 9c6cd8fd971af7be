package vn.congvu.shared.documents;

import java.util.List;

/**
 * A document as a list of blocks, written to DOCX ({@link DocxWriter}) or PDF ({@link PdfWriter}) alike: A4, the
 * margins and the 13 pt serif face of Decree 30/2020/NĐ-CP (Annex I). One model, two formats, the same content.
 */
public record Doc(String title, List<Block> blocks) {

	public enum Align {

		LEFT, CENTER, RIGHT

	}

	/** A part of the document. */
	public sealed interface Block permits Text, Field, Heading, Table, Columns, Image {
	}

	/** A paragraph. */
	public record Text(String text, boolean bold, boolean italic, Align align, float size) implements Block {

		public static Text plain(String text) {
			return new Text(text, false, false, Align.LEFT, 13);
		}

		public static Text plain(String text, boolean bold) {
			return new Text(text, bold, false, Align.LEFT, 13);
		}

		public static Text centered(String text, boolean bold, float size) {
			return new Text(text, bold, false, Align.CENTER, size);
		}

	}

	/** A labelled value on one line: "label: value", the value in bold. */
	public record Field(String label, String value) implements Block {
	}

	/** A section heading. */
	public record Heading(String text) implements Block {
	}

	/** A table with a header row; {@code widths} are relative column widths. */
	public record Table(List<String> headers, List<List<String>> rows, float[] widths) implements Block {
	}

	/** Two blocks of lines side by side (the header of an official form, a signature block). */
	public record Columns(List<Text> left, List<Text> right) implements Block {
	}

	/**
	 * A picture of {@code widthMm} × {@code heightMm} (a JPEG or PNG), such as the 4×6 cm photo of a CV.
	 */
	public record Image(byte[] bytes, float widthMm, float heightMm, Align align) implements Block {
	}

}
