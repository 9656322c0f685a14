package dev.shelfwise.system;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Debian's Chromium, headless, driven through Debian's chromedriver (never a downloaded browser), on a fresh profile;
 * screenshots go to target/screenshots.
 */
final class DashboardBrowser implements AutoCloseable {
    static final String DASHBOARD = dashboardUrl();
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    private final WebDriver driver;
    private final Path profile;

    DashboardBrowser() {
        for (String binary : List.of(CHROMIUM, CHROMEDRIVER)) {
            if (!new File(binary).canExecute()) {
                throw new IllegalStateException(binary + " is missing: ./shelfwise test installs Debian's chromium and"
                        + " chromium-driver (apt-get install -y chromium chromium-driver)");
            }
        }
        try {
            profile = Files.createTempDirectory("shelfwise-chromium-" + UUID.randomUUID());
            Files.createDirectories(SCREENSHOTS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile, "--window-size=1500,1100", "--force-device-scale-factor=1");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
    }

    private static String dashboardUrl() {
        String url = System.getenv("SHELFWISE_IT_DASHBOARD_URL");
        if (url == null) {
            throw new IllegalStateException("SHELFWISE_IT_DASHBOARD_URL is not set: run the system tests with ./shelfwise test");
        }
        return url;
    }

    void open(String query) {
        driver.get(DASHBOARD + "/" + query);
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    <T> T waitFor(Duration timeout, String what, Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, timeout, Duration.ofMillis(500)).withMessage(what).until(condition);
    }

    @SuppressWarnings("unchecked")
    <T> T script(String script, Object... arguments) {
        return (T) ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    /** Scrolls an element to the top of the window. */
    void show(WebElement element) {
        script("arguments[0].scrollIntoView({block: 'start'}); window.scrollBy(0, -80);", element);
    }

    /** What the element looks like on screen, as pixels relative to its own top-left corner. */
    BufferedImage picture(WebElement element) {
        try {
            return ImageIO.read(new ByteArrayInputStream(element.getScreenshotAs(OutputType.BYTES)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Saves the whole page as target/screenshots/{name}.png. */
    Path screenshot(String name) {
        Long height = script("return document.documentElement.scrollHeight;");
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1500, (int) Math.min(height + 100, 8000)));
        try {
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.manage().window().setSize(new org.openqa.selenium.Dimension(1500, 1100));
        }
    }

    /** Saves one element as target/screenshots/{name}.png. */
    Path screenshot(String name, WebElement element) {
        try {
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, element.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Centres of the SVG texts of a chart that read exactly {@code text}, relative to the chart's top-left corner:
     * ECharts draws its labels as {@code <text>} elements with the SVG renderer the dashboard uses.
     */
    List<Map<String, Number>> textCentres(String chartId, String text) {
        return script("""
                const chart = document.getElementById(arguments[0]);
                const box = chart.getBoundingClientRect();
                return [...chart.querySelectorAll('svg text')]
                    .filter(t => t.textContent.trim() === arguments[1])
                    .map(t => t.getBoundingClientRect())
                    .map(r => ({x: r.left + r.width / 2 - box.left, y: r.top + r.height / 2 - box.top}));""",
                chartId, text);
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a temporary profile left behind is harmless
        }
    }
}
