package org.example.portal.it.browser;

import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.example.portal.it.support.Settings;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * When a browser test fails, saves what the page showed at that moment as
 * {@code target/screenshots/<TestClass>.<method>.png}. Runs right after the test method, before
 * {@link Chromium} closes the page.
 */
public class ScreenshotOnFailure implements AfterTestExecutionCallback {

  private static final Logger LOG = Logger.getLogger(ScreenshotOnFailure.class.getName());

  @Override
  public void afterTestExecution(ExtensionContext context) {
    Page page = Chromium.page(context);
    if (context.getExecutionException().isEmpty() || page == null || page.isClosed()) {
      return;
    }
    Path file =
        Settings.screenshots()
            .resolve(context.getRequiredTestClass().getSimpleName() + "." + context.getRequiredTestMethod().getName() + ".png");
    try {
      page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
      LOG.warning(() -> "Test failed on " + page.url() + "; screenshot in " + file.toAbsolutePath());
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Could not take a screenshot of the failed test", e);
    }
  }
}
