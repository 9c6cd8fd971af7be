package vn.congvu;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.FileSystemUtils;

/**
 * What every browser test shares: one Chromium for the class (Debian's, headless), the running application on a random
 * port, signing in, clicking and waiting for the next page, screenshots into {@code target/screenshots}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Tag("browser")
abstract class BrowserTestBase {


	@org.springframework.beans.factory.annotation.Autowired
	java.time.Clock clock;

	static WebDriver browser;

	static Path profile;

	@org.springframework.beans.factory.annotation.Autowired
	tools.jackson.databind.json.JsonMapper json;

	@LocalServerPort
	int port;

	@BeforeAll
	static void startBrowser() throws Exception {
		profile = Files.createTempDirectory("congvu-chromium");
		var options = new ChromeOptions();
		options.setBinary("/usr/bin/chromium");
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--disable-quic", "--window-size=1280,1000", "--lang=en-US", "--user-data-dir=" + profile);
		var service = new ChromeDriverService.Builder().usingDriverExecutable(new File("/usr/bin/chromedriver")).build();
		browser = new ChromeDriver(service, options);
		browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.quit();
		}
		if (profile != null) {
			FileSystemUtils.deleteRecursively(profile.toFile());
		}
	}

	@AfterEach
	void signOut() {
		browser.manage().deleteAllCookies();
	}

	protected void open(String path) {
		browser.get("http://localhost:" + port + path);
	}

	/**
	 * Picks a unit in a unit picker as a user does: types {@code search} into its search box, then clicks the first
	 * unit shown whose name is {@code name} (its parent's name may follow).
	 */
	protected void pickUnit(String field, String search, String name) {
		browser.findElement(By.id(field + "-search")).sendKeys(search);
		var shown = browser.findElements(By.cssSelector("#" + field + " option:not([hidden]):not([value=''])"));
		var option = shown.stream()
			.filter(o -> o.getText().strip().equals(name) || o.getText().strip().startsWith(name + " — "))
			.findFirst()
			.orElseThrow(() -> new AssertionError(name + " is not among the units shown for '" + search + "'"));
		new org.openqa.selenium.support.ui.Select(browser.findElement(By.id(field)))
			.selectByValue(option.getDomAttribute("value"));
	}

	protected void signIn(String username, String password) {
		open("/login");
		browser.findElement(By.id("username")).sendKeys(username);
		browser.findElement(By.id("password")).sendKeys(password);
		clickAndWait(By.id("login-submit"));
	}

	/** Clicks what leads to a new page, and waits until the new page has replaced the old one. */
	protected void clickAndWait(By target) {
		org.openqa.selenium.WebElement page = null;
		for (int attempt = 1;; attempt++) {
			try {
				// the page may still be settling (a late redirect): find it all afresh each time
				var element = browser.findElement(target);
				page = browser.findElement(By.tagName("html"));
				if (!element.isDisplayed()) {
					// a menu entry: open its group first, as a user does
					var group = element.findElements(By.xpath("ancestor::li[contains(@class, 'dropdown')]"));
					if (!group.isEmpty()) {
						group.get(0).findElement(By.cssSelector(".dropdown-toggle")).click();
						new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> element.isDisplayed());
					}
				}
				((JavascriptExecutor) browser)
					.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
				element.click();
				break;
			}
			catch (org.openqa.selenium.StaleElementReferenceException | org.openqa.selenium.JavascriptException ex) {
				if (attempt == 3) {
					throw ex;
				}
			}
			catch (org.openqa.selenium.WebDriverException ex) {
				if (attempt == 3 || ex.getMessage() == null || !ex.getMessage().contains("does not belong to the document")) {
					throw ex;
				}
			}
		}
		var old = page;
		new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> {
			try {
				old.isEnabled();
				return false;
			}
			catch (org.openqa.selenium.StaleElementReferenceException ex) {
				return true;
			}
			catch (org.openqa.selenium.WebDriverException ex) {
				// Chromium sometimes answers for a replaced page that the node "does not belong to the document"
				if (ex.getMessage() != null && ex.getMessage().contains("does not belong to the document")) {
					return true;
				}
				throw ex;
			}
		});
		new WebDriverWait(browser, Duration.ofSeconds(15)).until(
				d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
	}

	protected void screenshot(String name) throws Exception {
		var folder = Path.of("target", "screenshots");
		Files.createDirectories(folder);
		Files.write(folder.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
	}

	/** Enrols a civil servant (01.003, step 1, from 01/09/2025) in the ward of the demo HR officer, over the API. */
	protected long enrolInWard(String citizenId, String name, String birth, String sex) {
		var api = TestHttp.api(port);
		var homeAffairs = TestHttp.basic("demo.sonoivu", "Demo@2021!");
		var units = api.get("/api/v1/units?asOf=2026-01-01", "Authorization", homeAffairs).body();
		var matcher = java.util.regex.Pattern.compile("\"id\":(\\d+),\"code\":\"31825\"").matcher(units);
		assertThat(matcher.find()).isTrue();
		var enrolled = api.json("POST", "/api/v1/officials", "{\"citizenId\":\"" + citizenId + "\",\"fullName\":\"" + name
				+ "\",\"dateOfBirth\":\"" + birth + "\",\"sex\":\"" + sex + "\",\"ethnicGroup\":\"01\",\"unitId\":"
				+ matcher.group(1) + ",\"category\":\"CIVIL_SERVANT\",\"rankCode\":\"01.003\",\"startDate\":\"2025-09-01\","
				+ "\"decision\":{\"number\":\"9/QĐ-UBND\",\"date\":\"2025-08-25\",\"issuer\":\"UBND phường Bạc Liêu\"}}",
				"Authorization", homeAffairs);
		assertThat(enrolled.statusCode()).as(enrolled.body()).isEqualTo(201);
		var id = java.util.regex.Pattern.compile("\"id\":(\\d+)").matcher(enrolled.body());
		assertThat(id.find()).isTrue();
		return Long.parseLong(id.group(1));
	}

	/** Screenshots of the page as a desk (1366×768) and a phone (390×844) show it. */
	protected void screenshots(String name) throws Exception {
		var window = browser.manage().window();
		var size = window.getSize();
		try {
			window.setSize(new org.openqa.selenium.Dimension(1366, 768));
			screenshot(name + "-1366");
			window.setSize(new org.openqa.selenium.Dimension(390, 844));
			screenshot(name + "-390");
		}
		finally {
			window.setSize(size);
		}
	}

	/** What a form field holds now. */
	protected static String value(String id) {
		return browser.findElement(By.id(id)).getDomProperty("value");
	}

	/** Replaces what a form field holds. */
	protected static void type(String id, String text) {
		var field = browser.findElement(By.id(id));
		field.clear();
		field.sendKeys(text);
	}

	/** Waits until something a background job or a script adds is on the page. */
	protected void waitFor(By target) {
		new WebDriverWait(browser, Duration.ofSeconds(60)).until(d -> !d.findElements(target).isEmpty());
	}

	/** The ward the demo HR officer's scope is rooted at. */
	protected static long demoWard(TestHttp api) {
		var me = api.get("/api/v1/me", "Authorization", TestHttp.basic("demo.nhansu", "Demo@2021!")).body();
		var matcher = java.util.regex.Pattern.compile("\"scopeUnitId\":(\\d+)").matcher(me);
		assertThat(matcher.find()).isTrue();
		return Long.parseLong(matcher.group(1));
	}

	protected static long id(String json) {
		var matcher = java.util.regex.Pattern.compile("\"id\":(\\d+)").matcher(json);
		assertThat(matcher.find()).as(json).isTrue();
		return Long.parseLong(matcher.group(1));
	}

}
