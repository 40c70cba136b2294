package nianbao.serve;

import io.javalin.Javalin;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The pages in a real headless Chromium: search for a word, open a report, see a finding with its evidence
 * highlighted, open the problems page and see its chart. Screenshots go to target/screenshots.
 */
class BrowserTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SHOTS = Path.of("target", "screenshots");

    static Javalin app;
    static WebDriver driver;
    static String base;

    @BeforeAll
    static void start() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
                "跳过：未安装 chromium 与 chromium-driver（.ci/run 会安装）(skipped: Debian chromium and chromium-driver not installed)");
        Path index = Files.createTempDirectory("nianbao-browser-index");
        app = WebServer.create(Library.load(Path.of("corpus"), index), Path.of("web"));
        app.start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + app.port() + "/";
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1400,1800",
                "--user-data-dir=" + Files.createTempDirectory("nianbao-chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
        driver = new ChromeDriver(service, options);
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    static void stop() {
        if (driver != null) driver.quit();
        if (app != null) app.stop();
    }

    static WebDriverWait waiting() { return new WebDriverWait(driver, Duration.ofSeconds(20)); }

    static void shot(String name) throws Exception {
        File f = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(f.toPath(), SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void searchOpenReportSeeFindingEvidenceAndProblemsChart() throws Exception {
        driver.get(base + "#/search");
        WebElement q = waiting().until(ExpectedConditions.elementToBeClickable(By.id("q")));
        q.sendKeys("政务新媒体");
        driver.findElement(By.cssSelector("#search-form button")).click();
        WebElement first = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#results li mark")));
        assertTrue(first.getText().contains("媒体"), first.getText());
        assertFalse(driver.findElements(By.cssSelector("#facets li")).isEmpty(), "facet counts shown");
        shot("1-search");

        // open the 潮鸣 report, whose narrative says the one application was answered while the table carries it over
        driver.findElements(By.cssSelector("#results li a")).stream()
                .filter(a -> a.getText().contains("潮鸣")).findFirst().orElseThrow().click();
        WebElement card = waiting().until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#findings .card.sev-error")));
        card.click();
        WebElement evidence = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("mark.ev, td.hl")));
        assertTrue(evidence.isDisplayed());
        // the narrative's figures stay marked (and linked to their cells) beside the highlighted evidence
        assertFalse(driver.findElements(By.cssSelector("#sec-overview mark.fig")).isEmpty(), "figure marks kept");
        shot("2-report-finding");

        driver.get(base + "#/problems");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#problems-chart canvas")));
        shot("3-problems");

        driver.get(base + "#/findings");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#findings-table tbody tr")));
        shot("4-findings");
    }
}
