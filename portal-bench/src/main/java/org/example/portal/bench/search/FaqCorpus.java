package org.example.portal.bench.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Real question/answer pairs nobody on the team wrote: the Python FAQ (Debian's {@code python3.11-doc}, one
 * {@code <h3>} question per {@code <section>}) and the Perl FAQ (Debian's {@code perl-doc}, one {@code =head2}
 * question per entry in {@code perlfaq1.pod} to {@code perlfaq9.pod}).
 */
public final class FaqCorpus {

  static final Path PYTHON_FAQ = Path.of("/usr/share/doc/python3.11/html/faq");
  static final Path PERL_POD = Path.of("/usr/share/perl/5.36.0/pod");

  /** One question and its answer, as plain text. */
  public record Pair(String id, String question, String answer) {}

  private FaqCorpus() {}

  public static List<Pair> load() {
    List<Pair> pairs = new ArrayList<>(python(PYTHON_FAQ));
    pairs.addAll(perl(PERL_POD));
    return pairs;
  }

  static List<Pair> python(Path folder) {
    List<Pair> pairs = new ArrayList<>();
    if (!Files.isDirectory(folder)) {
      return pairs;
    }
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".html") && !f.endsWith("index.html")).sorted().toList()) {
        pairs.addAll(pythonPage(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return pairs;
  }

  static List<Pair> pythonPage(String name, String html) {
    List<Pair> pairs = new ArrayList<>();
    for (Element heading : Jsoup.parse(html).select("section > h3")) {
      Element section = heading.parent().clone();
      section.select("section").remove();
      section.select("h3").remove();
      String question = heading.text().replace("¶", "").strip();
      String answer = section.text().strip();
      if (!question.isEmpty() && !answer.isEmpty()) {
        pairs.add(new Pair("python/" + name + "#" + heading.parent().id(), question, answer));
      }
    }
    return pairs;
  }

  static List<Pair> perl(Path folder) {
    List<Pair> pairs = new ArrayList<>();
    for (int i = 1; i <= 9; i++) {
      Path file = folder.resolve("perlfaq" + i + ".pod");
      if (Files.isRegularFile(file)) {
        try {
          pairs.addAll(perlPod("perlfaq" + i, Files.readString(file, StandardCharsets.UTF_8)));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    return pairs;
  }

  static List<Pair> perlPod(String name, String pod) {
    List<Pair> pairs = new ArrayList<>();
    String question = null;
    StringBuilder answer = new StringBuilder();
    int n = 0;
    for (String line : pod.split("\n")) {
      if (line.startsWith("=head1") || line.startsWith("=head2")) {
        if (question != null && !answer.toString().isBlank()) {
          pairs.add(new Pair("perl/" + name + "#" + n++, question, plain(answer.toString())));
        }
        question = line.startsWith("=head2") ? plain(line.substring(6)) : null;
        answer.setLength(0);
      } else if (line.startsWith("=item")) {
        answer.append(line.substring(5)).append('\n');
      } else if (!line.startsWith("=")) {
        answer.append(line).append('\n');
      }
    }
    if (question != null && !answer.toString().isBlank()) {
      pairs.add(new Pair("perl/" + name + "#" + n, question, plain(answer.toString())));
    }
    return pairs;
  }

  private static final Pattern CODE_DOUBLE = Pattern.compile("[A-Z]<<+\\s+(.*?)\\s+>>+", Pattern.DOTALL);
  private static final Pattern CODE = Pattern.compile("([A-Z])<([^<>]*)>");

  /** POD formatting codes reduced to their text: C<x> → x, L<text|link> → text, E<gt> → &gt;. */
  static String plain(String pod) {
    String text = CODE_DOUBLE.matcher(pod).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
    for (int round = 0; round < 5; round++) {
      Matcher m = CODE.matcher(text);
      StringBuilder out = new StringBuilder();
      boolean found = false;
      while (m.find()) {
        found = true;
        String inner = m.group(2);
        String replacement = switch (m.group(1)) {
          case "E" -> switch (inner) {
            case "gt" -> ">";
            case "lt" -> "<";
            case "verbar" -> "|";
            case "sol" -> "/";
            default -> "";
          };
          case "X", "Z" -> "";
          case "L" -> inner.contains("|") ? inner.substring(0, inner.indexOf('|')) : inner.replace('/', ' ').replace("\"", "");
          default -> inner;
        };
        m.appendReplacement(out, Matcher.quoteReplacement(replacement));
      }
      m.appendTail(out);
      text = out.toString();
      if (!found) {
        break;
      }
    }
    return text.strip();
  }
}
