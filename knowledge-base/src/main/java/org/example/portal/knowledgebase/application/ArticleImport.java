package org.example.portal.knowledgebase.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.example.portal.core.concurrent.LongTasks;
import org.example.portal.core.error.InvalidInputException;
import org.example.portal.core.error.PortalException;

/**
 * Imports many articles at once from a ZIP archive or a folder of Markdown and HTML files. Each file becomes
 * one article in its own transaction, so one bad file never undoes the others; what was skipped is reported
 * with the reason.
 */
@ApplicationScoped
public class ArticleImport {

  /** A ZIP with more files than this is refused: it is not a knowledge base export. */
  public static final int MAX_FILES = 5000;

  @Inject ArticleService articles;

  @Inject LongTasks tasks;

  /** Where the imported articles go and whether they are published straight away. */
  public record Options(Long categoryId, String language, boolean publish, boolean internal, Long importedBy) {}

  /** A file that was not imported, and why. */
  public record Skipped(String file, String reason) {}

  /** How far an import has come. */
  public record Progress(int done, int total) {}

  /** The outcome: how many articles were created, and every file that was not. */
  public record Report(int imported, List<Skipped> skipped) {}

  /** A file's name and bytes, as read from the archive or folder. */
  public record Entry(String name, byte[] content) {}

  public Report importZip(InputStream zip, Options options, Consumer<Progress> progress) {
    return importEntries(readZip(zip), options, progress);
  }

  public Report importFolder(Path folder, Options options, Consumer<Progress> progress) {
    List<Entry> entries = new ArrayList<>();
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        requireFewEnough(entries.size());
        entries.add(new Entry(folder.relativize(file).toString(), Files.size(file) > ArticleFile.MAX_BYTES
            ? new byte[ArticleFile.MAX_BYTES + 1] : Files.readAllBytes(file)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the folder " + folder, e);
    }
    return importEntries(entries, options, progress);
  }

  public static List<Entry> readZip(InputStream zip) {
    List<Entry> entries = new ArrayList<>();
    try (ZipInputStream in = new ZipInputStream(zip)) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        if (entry.isDirectory()) {
          continue;
        }
        requireFewEnough(entries.size());
        // Read at most one byte more than allowed: enough to tell the file is too large, never a zip bomb.
        entries.add(new Entry(entry.getName(), in.readNBytes(ArticleFile.MAX_BYTES + 1)));
      }
    } catch (IOException e) {
      throw new InvalidInputException("file", "The file is not a readable ZIP archive.");
    }
    if (entries.isEmpty()) {
      throw new InvalidInputException("file", "The archive holds no files.");
    }
    return entries;
  }

  private static void requireFewEnough(int count) {
    if (count >= MAX_FILES) {
      throw new InvalidInputException("file", "An import takes at most " + MAX_FILES + " files.");
    }
  }

  /** Runs the import in the background; progress is reported from that thread. */
  public CompletableFuture<Report> start(List<Entry> entries, Options options, Consumer<Progress> progress) {
    return tasks.supply(() -> importEntries(entries, options, progress));
  }

  public Report importEntries(List<Entry> entries, Options options, Consumer<Progress> progress) {
    List<Skipped> skipped = new ArrayList<>();
    int imported = 0;
    progress.accept(new Progress(0, entries.size()));
    for (int i = 0; i < entries.size(); i++) {
      Entry entry = entries.get(i);
      try {
        ArticleFile file = ArticleFile.read(entry.name(), entry.content());
        if (articles.titleTaken(file.title(), options.language())) {
          skipped.add(new Skipped(entry.name(), "an article titled \"" + file.title() + "\" already exists"));
        } else {
          var article = articles.createArticle(new ArticleForm(
              options.categoryId(), options.language(), file.title(), file.markdown(), options.internal(), i));
          if (options.publish()) {
            articles.publishArticle(article.getId(), options.importedBy());
          }
          imported++;
        }
      } catch (ArticleFile.Unreadable e) {
        skipped.add(new Skipped(entry.name(), e.getMessage()));
      } catch (PortalException e) {
        skipped.add(new Skipped(entry.name(), e.getMessage()));
      } catch (jakarta.validation.ConstraintViolationException e) {
        skipped.add(new Skipped(entry.name(), e.getConstraintViolations().iterator().next().getMessage()));
      }
      progress.accept(new Progress(i + 1, entries.size()));
    }
    return new Report(imported, skipped);
  }
}
