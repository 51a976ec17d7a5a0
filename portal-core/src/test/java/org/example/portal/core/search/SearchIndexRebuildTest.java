package org.example.portal.core.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A full rebuild is built beside the live index and swapped in whole; searches never see it half done. */
class SearchIndexRebuildTest {

  private static SearchDocument doc(String id, String title) {
    return new SearchDocument(id, 1, "en", title, "Body of " + title, Map.of("audience", "public"));
  }

  private static List<String> ids(SearchIndex index, String text) {
    return index.search(SearchQuery.of(text, "en", Map.of())).hits().stream().map(SearchHit::id).sorted().toList();
  }

  /** A database of documents; {@code during} runs inside every batch the rebuild reads. */
  private static final class Source implements SearchSource {
    final Map<String, SearchDocument> rows = new TreeMap<>();
    Consumer<Collection<String>> during = ids -> {};

    Source with(SearchDocument... documents) {
      for (SearchDocument d : documents) {
        rows.put(d.id(), d);
      }
      return this;
    }

    @Override
    public String context() {
      return "test";
    }

    @Override
    public Map<String, Long> versions() {
      Map<String, Long> versions = new TreeMap<>();
      rows.forEach((id, d) -> versions.put(id, d.version()));
      return versions;
    }

    @Override
    public List<SearchDocument> documents(Collection<String> ids) {
      during.accept(ids);
      return ids.stream().map(rows::get).filter(d -> d != null).toList();
    }
  }

  @Test
  void searchesAnswerFromTheOldIndexUntilTheRebuiltOneIsCompleteAndThenFromTheNewOne() throws IOException {
    try (SearchIndex index = SearchIndex.open("test", new ByteBuffersDirectory())) {
      index.putAll(List.of(doc("1", "Walnut keyboard"), doc("2", "Walnut mouse")));
      Source source = new Source().with(doc("3", "Cedar keyboard"), doc("4", "Cedar mouse"));
      List<List<String>> seenWhileRebuilding = new ArrayList<>();
      source.during = batch -> {
        seenWhileRebuilding.add(ids(index, "walnut"));
        seenWhileRebuilding.add(ids(index, "cedar"));
      };

      index.rebuild(source, p -> {});

      assertEquals(List.of(List.of("1", "2"), List.of()), seenWhileRebuilding);
      assertEquals(List.of(), ids(index, "walnut"));
      assertEquals(List.of("3", "4"), ids(index, "cedar"));
      assertEquals(2, index.size());
    }
  }

  @Test
  void changesMadeWhileARebuildRunsAreInTheRebuiltIndex() throws IOException {
    try (SearchIndex index = SearchIndex.open("test", new ByteBuffersDirectory())) {
      index.putAll(List.of(doc("1", "Walnut keyboard"), doc("2", "Walnut mouse")));
      Source source = new Source().with(doc("1", "Walnut keyboard"), doc("2", "Walnut mouse"));
      source.during = batch -> {
        // Committed after the rebuild listed its documents: the database changed, and so did the live index.
        index.put(doc("5", "Birch desk"));
        index.put(new SearchDocument("1", 2, "en", "Oak keyboard", "Renamed", Map.of()));
        index.remove("2");
        assertEquals(List.of("5"), ids(index, "birch"));
      };

      index.rebuild(source, p -> {});

      assertEquals(List.of("5"), ids(index, "birch"));
      assertEquals(List.of("1"), ids(index, "oak"));
      assertEquals(List.of(), ids(index, "walnut"));
      assertEquals(Map.of("1", 2L, "5", 1L), index.indexedVersions());
    }
  }

  @Test
  void aFailedRebuildLeavesTheOldIndexInPlaceAndTheIndexKeepsWorking() throws IOException {
    try (SearchIndex index = SearchIndex.open("test", new ByteBuffersDirectory())) {
      index.putAll(List.of(doc("1", "Walnut keyboard"), doc("2", "Walnut mouse")));
      Source broken = new Source().with(doc("3", "Cedar keyboard"));
      broken.during = batch -> {
        throw new IllegalStateException("the database went away");
      };
      List<RebuildProgress> progress = new ArrayList<>();

      assertThrows(IllegalStateException.class, () -> index.rebuild(broken, progress::add));

      assertEquals(List.of("1", "2"), ids(index, "walnut"));
      assertEquals(List.of(), ids(index, "cedar"));
      assertFalse(progress.stream().anyMatch(RebuildProgress::finished));
      index.put(doc("6", "Walnut shelf"));
      assertEquals(List.of("1", "2", "6"), ids(index, "walnut"));
      index.rebuild(new Source().with(doc("3", "Cedar keyboard")), p -> {});
      assertEquals(List.of("3"), ids(index, "cedar"));
    }
  }

  @Test
  void aSecondRebuildIsRefusedWhileOneRuns() throws IOException {
    try (SearchIndex index = SearchIndex.open("test", new ByteBuffersDirectory())) {
      Source source = new Source().with(doc("1", "Walnut keyboard"));
      AtomicBoolean refused = new AtomicBoolean();
      source.during = batch -> refused.set(assertThrows(IllegalStateException.class, () -> index.rebuild(new Source(), p -> {})) != null);

      index.rebuild(source, p -> {});

      assertTrue(refused.get());
      assertEquals(List.of("1"), ids(index, "walnut"));
    }
  }

  @Test
  void onDiskTheRebuiltIndexTakesTheFolderAndOpensAgainAfterARestart(@TempDir Path data) throws IOException {
    Path folder = Files.createDirectories(data.resolve("knowledge-base"));
    try (SearchIndex index = SearchIndex.open("knowledge-base", FSDirectory.open(folder))) {
      index.putAll(List.of(doc("1", "Walnut keyboard")));
      Source source = new Source().with(doc("3", "Cedar keyboard"), doc("4", "Cedar mouse"));
      source.during = batch -> assertTrue(Files.isDirectory(data.resolve("knowledge-base.rebuilding")));
      index.rebuild(source, p -> {});
      index.put(doc("7", "Cedar shelf"));
      assertEquals(List.of("3", "4", "7"), ids(index, "cedar"));
    }
    try (Stream<Path> left = Files.list(data)) {
      assertEquals(List.of("knowledge-base"), left.map(p -> p.getFileName().toString()).toList());
    }
    try (SearchIndex reopened = SearchIndex.open("knowledge-base", FSDirectory.open(folder))) {
      assertEquals(List.of("3", "4", "7"), ids(reopened, "cedar"));
      assertEquals(List.of(), ids(reopened, "walnut"));
    }
  }

  @Test
  void leftoversOfACrashDuringARebuildAreRemovedWhenTheIndexOpens(@TempDir Path data) throws IOException {
    Path folder = Files.createDirectories(data.resolve("ideas"));
    Files.writeString(Files.createDirectories(data.resolve("ideas.rebuilding")).resolve("_0.cfs"), "half written");
    Files.createDirectories(data.resolve("ideas.replaced"));
    try (SearchIndex index = SearchIndex.open("ideas", FSDirectory.open(folder))) {
      index.put(doc("1", "Walnut keyboard"));
      assertEquals(List.of("1"), ids(index, "walnut"));
    }
    try (Stream<Path> left = Files.list(data)) {
      assertEquals(List.of("ideas"), left.map(p -> p.getFileName().toString()).toList());
    }
  }

  @Test
  void searchesRunningDuringRepeatedSwapsNeverFailNorMissADocument() throws Exception {
    try (SearchIndex index = SearchIndex.open("test", new ByteBuffersDirectory())) {
      Source source = new Source();
      for (int i = 0; i < 200; i++) {
        source.with(doc(String.valueOf(i), "Walnut item " + i));
      }
      index.putAll(source.rows.values());
      AtomicBoolean done = new AtomicBoolean();
      AtomicInteger searches = new AtomicInteger();
      List<Throwable> failures = new CopyOnWriteArrayList<>();
      Runnable searching = () -> {
        while (!done.get()) {
          try {
            long total = index.search(SearchQuery.of("walnut", "en", Map.of("audience", Set.of("public")))).total();
            if (total != 200) {
              failures.add(new AssertionError("found " + total + " of 200"));
            }
            searches.incrementAndGet();
          } catch (RuntimeException e) {
            failures.add(e);
          }
        }
      };
      Thread reader = new Thread(searching);
      reader.start();
      try {
        for (int round = 0; round < 15; round++) {
          index.rebuild(source, p -> {});
        }
      } finally {
        done.set(true);
        reader.join();
      }
      assertEquals(List.of(), failures);
      assertTrue(searches.get() > 0);
    }
  }
}
