package org.example.portal.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Set-up for a whole test run, before any test class and so before Arquillian starts Payara: the database
 * schema and the portal's data folder start empty, and GreenMail listens for the portal's mail. Registered
 * in {@code META-INF/services/org.junit.platform.launcher.LauncherSessionListener}.
 */
public class TestRun implements LauncherSessionListener {

  private static final Logger LOG = Logger.getLogger(TestRun.class.getName());
  private static final AtomicBoolean PREPARED = new AtomicBoolean();

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    // Once per JVM, even if a tool opens more than one session (failsafe before 3.5.4 did on reruns).
    if (PREPARED.compareAndSet(false, true)) {
      Database.recreateSchema();
      emptyFolder(Settings.dataDir());
      LOG.info(() -> "Schema " + Database.schema(Settings.dbUrl()) + " recreated, data folder " + Settings.dataDir() + " emptied");
    }
    Mailbox.start();
  }

  @Override
  public void launcherSessionClosed(LauncherSession session) {
    Mailbox.stop();
  }

  private static void emptyFolder(Path folder) {
    if (!Files.isDirectory(folder)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(folder)) {
      paths.sorted(Comparator.reverseOrder()).filter(p -> !p.equals(folder)).forEach(p -> {
        try {
          Files.delete(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
