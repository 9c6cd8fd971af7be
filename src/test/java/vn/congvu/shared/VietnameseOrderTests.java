package vn.congvu.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** DOMAIN A4: the Vietnamese order of people. */
class VietnameseOrderTests {

	private static List<String> sorted(String... names) {
		var list = new ArrayList<>(List.of(names));
		Collections.shuffle(list, new Random(42));
		list.sort(VietnameseOrder.COMPARATOR);
		return list;
	}

	@Test
	void givenNamesCompareLetterByLetterThenByTone() {
		assertThat(sorted("Bình", "Ân", "Ăn", "Ánh", "Anh", "An")).containsExactly("An", "Anh", "Ánh", "Ăn", "Ân", "Bình");
	}

	@Test
	void dStrokeSortsAfterEveryD() {
		assertThat(sorted("Đạt", "Dũng", "Duy", "Dung", "Em")).containsExactly("Dung", "Dũng", "Duy", "Đạt", "Em");
	}

	@Test
	void tonesDecideOnlyBetweenEqualLettersInTheirOrder() {
		assertThat(sorted("Mạ", "Má", "Mã", "Mả", "Mà", "Ma")).containsExactly("Ma", "Mà", "Mả", "Mã", "Má", "Mạ");
		assertThat(sorted("Hòa", "Hoan")).containsExactly("Hòa", "Hoan");
	}

	@Test
	void givenNameFirstThenMiddleThenFamily() {
		assertThat(sorted("Trần Văn Bình", "Nguyễn Thị An", "Lê Văn An", "Nguyễn Văn An", "Lê Thị An"))
			.containsExactly("Lê Thị An", "Nguyễn Thị An", "Lê Văn An", "Nguyễn Văn An", "Trần Văn Bình");
	}

	@Test
	void vowelsWithShapeMarksAreTheirOwnLetters() {
		assertThat(sorted("Ư", "U", "Ơ", "Ô", "O", "Ê", "E")).containsExactly("E", "Ê", "O", "Ô", "Ơ", "U", "Ư");
	}

	@Test
	void searchKeyFoldsAccentsAndDStroke() {
		assertThat(VietnameseOrder.searchKey("Nguyễn  Văn An")).isEqualTo("nguyen van an");
		assertThat(VietnameseOrder.searchKey("ĐẶNG Thị Ưng")).isEqualTo("dang thi ung");
	}

}
