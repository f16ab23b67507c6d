package io.clausewatch.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.clausewatch.testkit.quarkus.ClausewatchInfraResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web UI in a real headless Chromium (Debian's chromium and chromium-driver). Skipped, with a
 * message, on a machine without them. Screenshots go to target/screenshots.
 */
@QuarkusTest
@WithTestResource(ClausewatchInfraResource.class)
@WithTestResource(FakeBackends.class)
class UiBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static WebDriver browser;
    private static Path profile;

    @TestHTTPResource("/")
    URL base;

    @BeforeAll
    static void startBrowser() throws IOException {
        Assumptions.assumeTrue(
                Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "UI browser test skipped: install Debian's chromium and chromium-driver"
                        + " (apt-get install -y chromium chromium-driver)");
        profile = Files.createTempDirectory("clausewatch-chromium-");
        Files.createDirectories(SCREENSHOTS);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--window-size=1280,1000",
                "--user-data-dir=" + profile);
        ChromeDriverService service =
                new ChromeDriverService.Builder()
                        .usingDriverExecutable(CHROMEDRIVER.toFile())
                        .usingAnyFreePort()
                        .build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(20));
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    void recentChangesLeadToASideBySideDiffWithHighlights() throws IOException {
        open("/");
        assertThat(browser.getTitle()).contains("Recent changes");
        List<WebElement> items = browser.findElements(By.cssSelector("ol.changes > li"));
        assertThat(items).hasSize(2);
        assertThat(items.get(0).getText())
                .contains("zoom/privacy-policy", "SUBSTANTIVE", "ai-training", "modal-shift");
        screenshot("01-recent-changes");

        items.get(0).findElement(By.cssSelector(".headline a")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(driver -> driver.getCurrentUrl().contains("/changes/"));
        assertThat(browser.getCurrentUrl()).contains("/changes/");
        WebElement removed = browser.findElement(By.cssSelector(".provision del"));
        WebElement added = browser.findElement(By.cssSelector(".provision ins"));
        assertThat(removed.getText()).contains("will not");
        assertThat(added.getText()).contains("may");
        assertThat(removed.getCssValue("text-decoration-line")).contains("line-through");
        assertThat(removed.getCssValue("background-color")).isNotEqualTo("rgba(0, 0, 0, 0)");
        assertThat(browser.findElement(By.cssSelector(".provision h2")).getText())
                .contains("AI features");
        screenshot("02-change-diff");

        browser.findElement(By.linkText("zoom/privacy-policy")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(driver -> driver.getCurrentUrl().contains("/documents/"));
        assertThat(browser.findElement(By.tagName("h1")).getText())
                .isEqualTo("zoom/privacy-policy");
        assertThat(browser.findElements(By.cssSelector(".timeline > li"))).hasSize(1);
        // the timeline's dots mark its entries only, not the topic and signal chips inside them
        Object chipMarker =
                ((JavascriptExecutor) browser)
                        .executeScript(
                                "return getComputedStyle(document.querySelector("
                                        + "'.timeline .chips li'), '::before').content");
        assertThat(chipMarker).isIn("none", "normal");
        screenshot("03-document-timeline");
    }

    @Test
    void topicAcrossPlatformsAndSearchRender() throws IOException {
        open("/topics");
        browser.findElement(By.linkText("AI training on user content")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(driver -> driver.getCurrentUrl().contains("/topics/ai-training"));
        assertThat(browser.findElement(By.tagName("h1")).getText())
                .isEqualTo("AI training on user content: how platforms handle it");
        assertThat(browser.findElements(By.cssSelector("section.platform h2")))
                .extracting(WebElement::getText)
                .containsExactly("slack", "zoom");
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains(
                        "We do not train generative models on customer data.",
                        "version 12",
                        "EU AI Act Art. 10");
        screenshot("04-topic-across-platforms");

        open("/search");
        browser.findElement(By.name("q")).sendKeys("train");
        browser.findElement(By.cssSelector("form[role=search] button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(driver -> !driver.findElements(By.cssSelector("main mark")).isEmpty());
        List<WebElement> marks = browser.findElements(By.cssSelector("main mark"));
        assertThat(marks).extracting(WebElement::getText).containsExactly("train");
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains("We may use customer content to train AI models.", "version 12");
        screenshot("05-search");
    }

    @Test
    void everyLinkOnThePagesLeadsSomewhere() {
        Set<String> links = new LinkedHashSet<>();
        for (String page :
                List.of("/", "/topics", "/topics/ai-training", "/documents/zoom/privacy-policy")) {
            open(page);
            for (WebElement link : browser.findElements(By.cssSelector("a[href]"))) {
                links.add(link.getAttribute("href"));
            }
        }
        String origin = base.toString().replaceAll("/$", "");
        List<String> local =
                links.stream()
                        .filter(href -> href.startsWith(origin))
                        .filter(href -> !href.contains("#"))
                        .filter(href -> !href.contains("/api/v1/"))
                        .toList();
        assertThat(local).hasSizeGreaterThan(5);
        for (String href : local) {
            int status = given().redirects().follow(true).get(URI.create(href)).statusCode();
            assertThat(status).as(href).isEqualTo(200);
        }
    }

    private void open(String path) {
        browser.get(base.toString().replaceAll("/$", "") + path);
    }

    private static void screenshot(String name) throws IOException {
        Path shot =
                ((org.openqa.selenium.TakesScreenshot) browser)
                        .getScreenshotAs(OutputType.FILE)
                        .toPath();
        Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
