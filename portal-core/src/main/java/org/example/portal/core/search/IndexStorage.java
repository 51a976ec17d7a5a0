package org.example.portal.core.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * Where one index's files live, and where a full rebuild builds the index that replaces it: next to the live
 * index, so searches keep reading the live one until the new one is complete.
 */
abstract sealed class IndexStorage {

  private static final Logger LOG = Logger.getLogger(IndexStorage.class.getName());

  /** The storage of an index opened on this directory: a folder on disk gets sibling folders for rebuilds. */
  static IndexStorage of(Directory live) {
    return live instanceof FSDirectory fs ? new Folder(fs) : new Memory(live);
  }

  /** The directory the live index is in. */
  abstract Directory live();

  /** An empty directory for an index being rebuilt. */
  abstract Directory side() throws IOException;

  /**
   * Makes the rebuilt index the live one and returns its directory. The writers of both are closed by then;
   * the old live directory is closed by the caller once no search reads it any more. When this fails, the
   * old live index is where it was.
   */
  abstract Directory promote(Directory side) throws IOException;

  /** Forgets a rebuild that did not complete. */
  abstract void discard(Directory side);

  /** Removes what a replaced index left behind, once its directory is closed. */
  abstract void cleanUp();

  /** In memory (tests, benchmarks): a rebuilt index is simply another directory object. */
  static final class Memory extends IndexStorage {
    private Directory live;

    Memory(Directory live) {
      this.live = live;
    }

    @Override
    Directory live() {
      return live;
    }

    @Override
    Directory side() {
      return new ByteBuffersDirectory();
    }

    @Override
    Directory promote(Directory side) {
      live = side;
      return side;
    }

    @Override
    void discard(Directory side) {
      closeQuietly(side);
    }

    @Override
    void cleanUp() {}
  }

  /**
   * On disk, in {@code <folder>}: a rebuild writes {@code <folder>.rebuilding} and is swapped in by two
   * renames; the replaced index goes to {@code <folder>.replaced} and is deleted. Context names have no dots,
   * so these never collide with another index. A crash half-way leaves at worst an empty or missing live
   * folder, which opens as an empty index that start-up reconciliation fills again.
   */
  static final class Folder extends IndexStorage {
    private final Path folder;
    private final Path rebuilding;
    private final Path replaced;
    private Directory live;

    Folder(FSDirectory live) {
      this.live = live;
      this.folder = live.getDirectory();
      this.rebuilding = folder.resolveSibling(folder.getFileName() + ".rebuilding");
      this.replaced = folder.resolveSibling(folder.getFileName() + ".replaced");
      // Left over from a crash during a rebuild or a swap: never worth keeping.
      deleteTree(rebuilding);
      deleteTree(replaced);
    }

    @Override
    Directory live() {
      return live;
    }

    @Override
    Directory side() throws IOException {
      deleteTree(rebuilding);
      Files.createDirectories(rebuilding);
      return FSDirectory.open(rebuilding);
    }

    @Override
    Directory promote(Directory side) throws IOException {
      side.close();
      deleteTree(replaced);
      Files.move(folder, replaced, StandardCopyOption.ATOMIC_MOVE);
      try {
        Files.move(rebuilding, folder, StandardCopyOption.ATOMIC_MOVE);
      } catch (IOException e) {
        Files.move(replaced, folder, StandardCopyOption.ATOMIC_MOVE);
        throw e;
      }
      live = FSDirectory.open(folder);
      return live;
    }

    @Override
    void discard(Directory side) {
      closeQuietly(side);
      deleteTree(rebuilding);
    }

    @Override
    void cleanUp() {
      deleteTree(replaced);
    }
  }

  /** Deletes a folder and everything in it, if it exists. */
  static void deleteTree(Path path) {
    if (!Files.exists(path)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(path)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot delete " + path, e);
    }
  }

  static void closeQuietly(Directory directory) {
    try {
      directory.close();
    } catch (IOException | RuntimeException e) {
      // Nothing reads it any more and what it held is derived data: not worth failing for.
      LOG.log(Level.FINE, "Closing a replaced or abandoned search index directory failed", e);
    }
  }
}
