package org.example.portal.it.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.example.portal.it.support.Settings;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Headless Chromium from Debian ({@code /usr/bin/chromium}, never a downloaded browser) driven by Playwright:
 * one browser per test class, a fresh context (no cookies) and {@link Page} per test, opened on the test
 * server's base URL. Test methods get the page as a parameter. Use together with {@link ScreenshotOnFailure}.
 */
public class Chromium implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback, ParameterResolver {

  /** As STACK.md recommends for Chromium as root in a container. */
  static final List<String> ARGS =
      List.of(
          "--no-sandbox",
          "--disable-gpu",
          "--disable-quic",
          "--no-first-run",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--disable-dev-shm-usage");

  /** Vaadin answers every action with a server round trip; the first page of a fresh deployment is slow. */
  private static final double TIMEOUT_MS = 30_000;

  private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(Chromium.class);

  @Override
  public void beforeAll(ExtensionContext context) {
    Path chromium = Path.of(Settings.chromium());
    if (!Files.isExecutable(chromium)) {
      throw new IllegalStateException(chromium + " is missing: install Debian's chromium (apt-get install -y chromium), or set -Dit.chromium");
    }
    Playwright playwright =
        Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    Browser browser =
        playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(chromium).setHeadless(true).setArgs(ARGS));
    PlaywrightAssertions.setDefaultAssertionTimeout(TIMEOUT_MS);
    context.getStore(NAMESPACE).put(Playwright.class, playwright);
    context.getStore(NAMESPACE).put(Browser.class, browser);
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    Browser browser = context.getStore(NAMESPACE).get(Browser.class, Browser.class);
    BrowserContext browserContext =
        browser.newContext(new Browser.NewContextOptions().setBaseURL(Settings.baseUrl()).setLocale("en-GB"));
    browserContext.setDefaultTimeout(TIMEOUT_MS);
    context.getStore(NAMESPACE).put(BrowserContext.class, browserContext);
    context.getStore(NAMESPACE).put(Page.class, browserContext.newPage());
  }

  @Override
  public void afterEach(ExtensionContext context) {
    BrowserContext browserContext = context.getStore(NAMESPACE).remove(BrowserContext.class, BrowserContext.class);
    if (browserContext != null) {
      browserContext.close();
    }
  }

  @Override
  public void afterAll(ExtensionContext context) {
    Browser browser = context.getStore(NAMESPACE).remove(Browser.class, Browser.class);
    Playwright playwright = context.getStore(NAMESPACE).remove(Playwright.class, Playwright.class);
    try {
      if (browser != null) {
        browser.close();
      }
    } finally {
      if (playwright != null) {
        playwright.close();
      }
    }
  }

  /** The current test's page, or null outside a test. */
  static Page page(ExtensionContext context) {
    return context.getStore(NAMESPACE).get(Page.class, Page.class);
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == Page.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return page(context);
  }
}
