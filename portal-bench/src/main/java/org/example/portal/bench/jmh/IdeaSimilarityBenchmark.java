package org.example.portal.bench.jmh;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.example.portal.core.search.SearchDocument;
import org.example.portal.core.search.SearchIndex;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The similar-idea suggestions shown while a customer types a title, on an index of 100,000 ideas in memory
 * (the index alone; the {@code ideas-similar} load scenario measures it through HTTP and the database).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class IdeaSimilarityBenchmark {

  private static final int IDEAS = 100_000;
  private static final String[] ASKS = {"more colours", "lighter", "bigger version", "reorder in one click", "refills", "longer warranty",
    "quieter", "without plastic packaging", "bundle with accessories", "travel size", "works with the mobile app", "recycling"};
  private static final String[] THINGS = {"office chair", "standing desk", "binder", "phone case", "printer paper", "storage box",
    "desk lamp", "stapler", "bookcase", "headset", "envelope", "label maker", "whiteboard", "monitor arm", "shredder"};
  private static final String[] TYPED = {"quieter desk lam", "office chair colours", "mobile app binder", "refills for stap",
    "travel size headset", "recycling printer paper", "bigger whiteboard", "lighter bookcase"};

  private SearchIndex index;
  private int next;

  @Setup
  public void setUp() {
    Random random = new Random(42);
    index = SearchIndex.open("ideas", new ByteBuffersDirectory());
    List<SearchDocument> documents = new ArrayList<>(IDEAS);
    for (int i = 0; i < IDEAS; i++) {
      String title = THINGS[random.nextInt(THINGS.length)] + " " + ASKS[random.nextInt(ASKS.length)] + " " + i;
      documents.add(new SearchDocument(String.valueOf(i), 1, "en", title, "Our team would use it every day.", Map.of("area", String.valueOf(i % 20))));
    }
    index.putAll(documents);
  }

  @TearDown
  public void tearDown() throws IOException {
    index.close();
  }

  @Benchmark
  public Object similarToATitleBeingTyped() {
    next = (next + 1) % TYPED.length;
    return index.similarTo(TYPED[next], "en", Map.of(), 5);
  }
}
