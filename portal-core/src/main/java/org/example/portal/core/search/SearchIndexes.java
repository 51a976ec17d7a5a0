package org.example.portal.core.search;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.apache.lucene.store.FSDirectory;
import org.example.portal.core.config.PortalConfig;

/**
 * The open index of every context, each in {@code PORTAL_DATA_DIR/search/<context>} (or under {@code
 * portal.search.dir} when set). An index that cannot be opened is derived data: it is deleted and starts
 * empty, and reconciliation fills it again from the database.
 */
@ApplicationScoped
public class SearchIndexes {

  private static final Logger LOG = Logger.getLogger(SearchIndexes.class.getName());
  private static final Pattern CONTEXT = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");

  @Inject PortalConfig config;

  private final Map<String, SearchIndex> open = new ConcurrentHashMap<>();

  /** The index of a context, opened (or created) on first use. */
  public SearchIndex index(String context) {
    if (!CONTEXT.matcher(context).matches()) {
      throw new IllegalArgumentException("Not a search context name: " + context);
    }
    return open.computeIfAbsent(context, this::openOrRecreate);
  }

  /** Where the indexes live. */
  public Path folder() {
    return config.get("portal.search.dir").map(Path::of).orElseGet(() -> config.dataDirectory().resolve("search"));
  }

  private SearchIndex openOrRecreate(String context) {
    Path folder = folder().resolve(context);
    try {
      Files.createDirectories(folder);
      return SearchIndex.open(context, FSDirectory.open(folder));
    } catch (IOException | UncheckedIOException e) {
      LOG.log(Level.WARNING, "The search index " + folder + " cannot be opened; it is recreated from the database", e);
      IndexStorage.deleteTree(folder);
      try {
        Files.createDirectories(folder);
        return SearchIndex.open(context, FSDirectory.open(folder));
      } catch (IOException again) {
        throw new UncheckedIOException("Cannot create the search index in " + folder, again);
      }
    }
  }

  /** Commits what each open index has applied since its last commit (see {@link SearchIndex#commitPending()}). */
  public void commitPending() {
    open.values().forEach(index -> {
      try {
        index.commitPending();
      } catch (UncheckedIOException e) {
        LOG.log(Level.WARNING, "Committing the search index " + index.context() + " failed; the next commit or reconciliation repairs it", e);
      }
    });
  }

  @PreDestroy
  void closeAll() {
    open.values().forEach(index -> {
      try {
        index.close();
      } catch (IOException e) {
        LOG.log(Level.WARNING, "Closing the search index " + index.context() + " failed; reconciliation repairs it", e);
      }
    });
    open.clear();
  }
}
