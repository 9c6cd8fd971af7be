package vn.congvu.personnel;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.congvu.TestHttp.basic;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import vn.congvu.TestHttp;

/**
 * The files of a record over the API: what a file is comes from its bytes, a photo is a 4×6 portrait, sizes are
 * bounded, the scope guards them as it guards the record, and the photo goes onto the CV.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Tag("database")
public class AttachmentsIntegrationTests {

	static final String HOME_AFFAIRS = basic("demo.sonoivu", "Demo@2021!");

	static final String UNIT_HR = basic("demo.nhansu", "Demo@2021!");

	static final String LEADER = basic("demo.lanhdao", "Demo@2021!");

	@LocalServerPort
	int port;

	/** A picture of {@code width} × {@code height} pixels, as {@code format} ("jpg" or "png"). */
	public static byte[] picture(int width, int height, String format) throws Exception {
		var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		var g = image.createGraphics();
		g.setColor(java.awt.Color.WHITE);
		g.fillRect(0, 0, width, height);
		g.setColor(new java.awt.Color(0x1f3b73));
		g.fillOval(width / 4, height / 6, width / 2, height / 3);
		g.dispose();
		var out = new ByteArrayOutputStream();
		ImageIO.write(image, format, out);
		return out.toByteArray();
	}

	private long enrol(TestHttp api, String citizenId, String name, long unit) {
		var response = api.json("POST", "/api/v1/officials", "{\"citizenId\":\"" + citizenId + "\",\"fullName\":\"" + name
				+ "\",\"dateOfBirth\":\"1989-09-09\",\"sex\":\"MALE\",\"ethnicGroup\":\"01\",\"unitId\":" + unit
				+ ",\"category\":\"CIVIL_SERVANT\",\"rankCode\":\"01.003\",\"startDate\":\"2025-09-01\","
				+ "\"decision\":{\"number\":\"6/QĐ-UBND\",\"date\":\"2025-08-20\",\"issuer\":\"UBND phường Bạc Liêu\"}}",
				"Authorization", HOME_AFFAIRS);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		var matcher = Pattern.compile("\"id\":(\\d+)").matcher(response.body());
		assertThat(matcher.find()).isTrue();
		return Long.parseLong(matcher.group(1));
	}

	@Test
	void filesAreWhatTheirBytesSayAPhotoIsAPortraitAndItGoesOntoTheCv() throws Exception {
		var api = TestHttp.api(port);
		long ward = api.unitId("2026-01-01", "31825");
		long official = enrol(api, "095089700001", "Phạm Văn Ảnh", ward);
		var path = "/api/v1/officials/" + official + "/attachments";

		var landscape = api.upload(path, "ngang.jpg", picture(600, 400, "jpg"), Map.of("kind", "PHOTO"),
				"Authorization", UNIT_HR);
		assertThat(landscape.statusCode()).isEqualTo(400);
		assertThat(landscape.body()).contains("\"field\":\"file\"", "4 x 6", "600 x 400");
		var pdfPhoto = api.upload(path, "anh.pdf", "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII),
				Map.of("kind", "PHOTO"), "Authorization", UNIT_HR);
		assertThat(pdfPhoto.statusCode()).isEqualTo(400);
		assertThat(pdfPhoto.body()).contains("JPEG hoặc PNG");
		var disguised = api.upload(path, "quyet-dinh.pdf", "<html>not a pdf</html>".getBytes(StandardCharsets.UTF_8),
				Map.of("kind", "DECISION"), "Authorization", UNIT_HR);
		assertThat(disguised.statusCode()).isEqualTo(400);
		assertThat(disguised.body()).contains("PDF, JPEG hoặc PNG");
		var heavy = new byte[Attachments.MAX_BYTES + 1];
		System.arraycopy("%PDF-".getBytes(StandardCharsets.US_ASCII), 0, heavy, 0, 5);
		var tooLarge = api.upload(path, "lon.pdf", heavy, Map.of("kind", "DECISION"), "Authorization", UNIT_HR);
		assertThat(tooLarge.statusCode()).isEqualTo(400);
		assertThat(tooLarge.body()).contains("10 MB");
		assertThat(api.get(path, "Authorization", UNIT_HR).body()).as("nothing refused is kept").isEqualTo("[]");

		var photoBytes = picture(400, 600, "jpg");
		var photo = api.upload(path, "C:\\Ảnh\\chan-dung.jpg", photoBytes, Map.of("kind", "PHOTO"), "Authorization",
				UNIT_HR);
		assertThat(photo.statusCode()).as(photo.body()).isEqualTo(201);
		assertThat(photo.body()).contains("\"fileName\":\"chan-dung.jpg\"", "\"contentType\":\"image/jpeg\"");
		var scan = api.upload(path, "qd.pdf", "%PDF-1.4\n1 0 obj<<>>endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII),
				Map.of("kind", "DECISION", "note", "Quyết định tuyển dụng"), "Authorization", UNIT_HR);
		assertThat(scan.statusCode()).as(scan.body()).isEqualTo(201);
		var scanId = Pattern.compile("\"id\":(\\d+)").matcher(scan.body());
		assertThat(scanId.find()).isTrue();
		assertThat(api.bytes(path + "/" + scanId.group(1), "Authorization", LEADER)).as("read by who reads the record")
			.startsWith("%PDF-1.4".getBytes(StandardCharsets.US_ASCII));
		assertThat(api.upload(path, "x.pdf", "%PDF-1.4".getBytes(StandardCharsets.US_ASCII),
				Map.of("kind", "OTHER"), "Authorization", LEADER).statusCode()).as("leaders read, never add").isEqualTo(403);

		// the photo on the CV: an image in the DOCX, an image in the PDF
		var docx = api.bytes("/api/v1/officials/" + official + "/cv.docx", "Authorization", UNIT_HR);
		try (var zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(docx))) {
			boolean media = false;
			for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				media |= entry.getName().startsWith("word/media/");
			}
			assertThat(media).as("the photo in the DOCX").isTrue();
		}
		var pdf = new String(api.bytes("/api/v1/officials/" + official + "/cv.pdf", "Authorization", UNIT_HR),
				StandardCharsets.ISO_8859_1);
		assertThat(pdf).as("the photo in the PDF").contains("/Subtype/Image");

		// out of the ward's scope: as if there were no such record
		long elsewhere = enrol(api, "095089700002", "Phạm Văn Xa", api.unitId("2026-01-01", "31834"));
		assertThat(api.get("/api/v1/officials/" + elsewhere + "/attachments", "Authorization", UNIT_HR).statusCode())
			.isEqualTo(404);
		assertThat(api.upload("/api/v1/officials/" + elsewhere + "/attachments", "a.jpg", photoBytes,
				Map.of("kind", "PHOTO"), "Authorization", UNIT_HR).statusCode()).isEqualTo(404);
		assertThat(api.get(path + "/" + scanId.group(1), "Authorization", basic("demo.congchuc", "Demo@2021!"))
			.statusCode()).as("an official who is not its owner").isEqualTo(404);

		assertThat(api.json("DELETE", path + "/" + scanId.group(1), "", "Authorization", UNIT_HR).statusCode())
			.isEqualTo(204);
		assertThat(api.get(path, "Authorization", UNIT_HR).body()).contains("PHOTO").doesNotContain("DECISION");
	}

}
