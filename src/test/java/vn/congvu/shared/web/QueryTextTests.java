package vn.congvu.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which query strings the container could not decode, named by their parameter. */
class QueryTextTests {

	@Test
	void namesTheParameterWhoseValueIsNoText() {
		assertThat(QueryText.undecodable("q=%ED%A0%80")).contains("q");
		assertThat(QueryText.undecodable("page=1&q=ab%FF")).contains("q");
		assertThat(QueryText.undecodable("q=50%")).contains("q");
		assertThat(QueryText.undecodable("q=%zz")).contains("q");
		assertThat(QueryText.undecodable("%FF=1")).contains("?");
	}

	@Test
	void letsTextThrough() {
		assertThat(QueryText.undecodable(null)).isEmpty();
		assertThat(QueryText.undecodable("q=Nguy%E1%BB%85n+V%C4%83n&size=20")).isEmpty();
		assertThat(QueryText.undecodable("q=Nguye%CC%82%CC%83n")).isEmpty();
		assertThat(QueryText.undecodable("q=a%00b")).isEmpty(); // text; the database refuses NUL with a 400
		assertThat(QueryText.undecodable("q=50%25&flag")).isEmpty();
		assertThat(QueryText.undecodable("emoji=%F0%9F%98%80")).isEmpty();
	}

}
