package vn.congvu.shared.documents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import vn.congvu.shared.documents.Doc.Align;
import vn.congvu.shared.documents.Doc.Text;

/**
 * The parts of an official document in the layout of Decree 30/2020/NĐ-CP, Annex I (DOMAIN A3): the header with the
 * issuing body and the national motto, the number, the place and date, the document type and subject, the signature
 * block and the recipients.
 */
public final class OfficialDocument {

	private OfficialDocument() {
	}

	/**
	 * "Bạc Liêu, ngày 05 tháng 3 năm 2021": a day below 10 takes a leading zero, and of the months only January and
	 * February do (Decree 30/2020, Annex I).
	 */
	public static String placeAndDate(String place, LocalDate date) {
		int month = date.getMonthValue();
		return place + ", ngày " + String.format("%02d", date.getDayOfMonth()) + " tháng "
				+ (month <= 2 ? String.format("%02d", month) : Integer.toString(month)) + " năm " + date.getYear();
	}

	/**
	 * The header: the parent body and the issuing body in capitals with the number on the left; the national motto and
	 * the place and date on the right; then the document type and its subject, centred.
	 */
	public static List<Doc.Block> header(String parentBody, String issuingBody, String number, String place,
			LocalDate date, String type, String subject) {
		var vi = Locale.forLanguageTag("vi");
		var left = new ArrayList<Text>();
		if (!parentBody.isBlank()) {
			left.add(new Text(parentBody.toUpperCase(vi), false, false, Align.CENTER, 13));
		}
		left.add(new Text(issuingBody.toUpperCase(vi), true, false, Align.CENTER, 13));
		left.add(new Text("Số: " + number, false, false, Align.CENTER, 13));
		// Annex I: the national name in capitals, 12-13 pt; the motto 13-14 pt; each on one line
		var right = List.of(new Text("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", true, false, Align.CENTER, 12),
				new Text("Độc lập - Tự do - Hạnh phúc", true, false, Align.CENTER, 13),
				new Text(placeAndDate(place, date), false, true, Align.RIGHT, 14));
		var blocks = new ArrayList<Doc.Block>();
		blocks.add(new Doc.Columns(left, right));
		blocks.add(Text.centered(type.toUpperCase(vi), true, 14));
		blocks.add(Text.centered(subject, true, 14));
		return blocks;
	}

	/** The recipients on the left, the authority line, title and signer's name on the right. */
	public static Doc.Block signature(List<String> recipients, String authorityLine, String title, String signer) {
		var left = new ArrayList<Text>();
		left.add(new Text("Nơi nhận:", true, true, Align.LEFT, 12));
		recipients.forEach(r -> left.add(new Text("- " + r + ";", false, false, Align.LEFT, 11)));
		left.add(new Text("- Lưu: VT.", false, false, Align.LEFT, 11));
		var right = List.of(new Text(authorityLine, true, false, Align.CENTER, 14),
				new Text(title, true, false, Align.CENTER, 14), Text.plain(""), Text.plain(""),
				new Text(signer, true, false, Align.CENTER, 14));
		return new Doc.Columns(left, right);
	}

	private static final List<String> ADMINISTRATIVE = List.of("Tỉnh ", "Thành phố ", "Huyện ", "Quận ", "Thị xã ",
			"Thị trấn ", "Phường ", "Xã ", "Đặc khu ");

	/**
	 * A unit's name as written inside a sentence: the kind of an administrative unit in lower case ("trong kỳ, tỉnh Bạc
	 * Liêu đã…"), an agency's name as it is ("Sở Nội vụ").
	 */
	public static String midSentence(String name) {
		for (var kind : ADMINISTRATIVE) {
			if (name.startsWith(kind)) {
				return kind.toLowerCase(Locale.forLanguageTag("vi")) + name.substring(kind.length());
			}
		}
		return name;
	}

}
