package org.example.portal.core.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.example.portal.core.config.PortalConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchIndexesTest {

  @TempDir Path data;

  private final SearchIndexes indexes = new SearchIndexes();

  SearchIndexesTest() {
    indexes.config = new PortalConfig() {
      @Override
      public Optional<String> get(String key) {
        return key.equals("portal.data.dir") ? Optional.of(data.toString()) : Optional.empty();
      }
    };
  }

  @AfterEach
  void close() {
    indexes.closeAll();
  }

  @Test
  void eachContextHasItsOwnFolderUnderTheDataDirectory() {
    indexes.index("knowledge-base").put(new SearchDocument("1", 1, "en", "Title", "Body", Map.of()));
    indexes.index("ideas");
    assertEquals(data.resolve("search"), indexes.folder());
    assertEquals(1, indexes.index("knowledge-base").size());
    assertEquals(0, indexes.index("ideas").size());
    assertEquals(true, Files.isDirectory(data.resolve("search/knowledge-base")));
    assertEquals(true, Files.isDirectory(data.resolve("search/ideas")));
  }

  @Test
  void aBrokenIndexIsDeletedAndStartsEmptyForReconciliationToFill() throws IOException {
    Path folder = Files.createDirectories(data.resolve("search/knowledge-base"));
    Files.writeString(folder.resolve("segments_1"), "not a Lucene commit");
    assertEquals(0, indexes.index("knowledge-base").size());
    indexes.index("knowledge-base").put(new SearchDocument("1", 1, "en", "Title", "Body", Map.of()));
    assertEquals(1, indexes.index("knowledge-base").size());
  }

  @Test
  void contextNamesCannotReachOutsideTheSearchFolder() {
    assertThrows(IllegalArgumentException.class, () -> indexes.index("../etc"));
    assertThrows(IllegalArgumentException.class, () -> indexes.index("Ideas"));
  }
}
