package org.example.portal.bench.data;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Ideas: one per five customers, two votes and two fifths of a comment per customer (500,000 customers make
 * 100,000 ideas, 1,000,000 votes and 200,000 comments). Titles combine what customers ask for with
 * Superstore's product names; votes pile up on a few popular ideas as on every real board (a cubic skew), are
 * weighted by the voter's tier, and the ideas' counters and trending sums are computed from exactly the votes
 * inserted, so the board reads what the portal would have written.
 */
public final class IdeaPopulation implements Population {

  static final int CUSTOMERS_PER_IDEA = 5;
  static final int VOTES_PER_CUSTOMER = 2;
  /** Comments per 5 customers. */
  static final int COMMENTS_PER_FIVE_CUSTOMERS = 2;

  private static final String[] ASKS = {
    "Offer %s in more colours", "Make %s lighter", "A bigger version of %s", "Let me reorder %s in one click",
    "Sell refills for %s", "%s with a longer warranty", "A quieter %s", "Ship %s without plastic packaging",
    "Bundle %s with accessories", "A travel size %s", "%s that works with the mobile app", "Recycle my old %s"
  };
  private static final String[] WHY = {
    "We use it every day in the office and it wears out quickly.",
    "Our team would buy more if this were possible.",
    "Customers keep asking us for this in the shop.",
    "It would save us time every week.",
    "The current one does not fit our workspace."
  };
  private static final Instant TRENDING_EPOCH = Instant.parse("2026-01-01T00:00:00Z");
  private static final String[] STATUSES = {"NEW", "NEW", "NEW", "NEW", "UNDER_REVIEW", "PLANNED", "IN_PROGRESS", "SHIPPED", "DECLINED"};
  private static final String[] COMMENTS = {
    "Yes please, we need this too.", "This would make a big difference for our team.", "Any news on this?",
    "Same problem here.", "+1, especially for small offices."
  };

  @Override
  public String name() {
    return "feedback";
  }

  @Override
  public Set<String> after() {
    return Set.of("core");
  }

  @Override
  public void load(PopulationContext context) throws SQLException {
    CoreData core = context.get(CoreData.class);
    Random random = context.random();
    int customers = core.customers().count();
    int ideaCount = Math.max(1, customers / CUSTOMERS_PER_IDEA);
    int[] weights = tierWeights(context, core.customers());
    OffsetDateTime today = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES);

    // Votes first, in memory, so every idea row carries the counters of exactly its votes.
    int voteCount = customers * VOTES_PER_CUSTOMER;
    int[] votedIdea = new int[voteCount];
    int[] voteAge = new int[voteCount];
    int[] votes = new int[ideaCount];
    int[] weighted = new int[ideaCount];
    double[] trending = new double[ideaCount];
    for (int c = 0; c < customers; c++) {
      int first = -1;
      for (int v = 0; v < VOTES_PER_CUSTOMER; v++) {
        int idea;
        do {
          idea = popular(random, ideaCount);
        } while (idea == first && ideaCount > 1);
        first = idea;
        int i = c * VOTES_PER_CUSTOMER + v;
        votedIdea[i] = idea;
        voteAge[i] = random.nextInt(60 * 24 * 90);
        votes[idea]++;
        weighted[idea] += weights[c];
        trending[idea] += trending(today.minusMinutes(voteAge[i]).toInstant());
      }
      if (ideaCount == 1) {
        break;
      }
    }
    int commentCount = customers * COMMENTS_PER_FIVE_CUSTOMERS / 5;
    int[] commentIdea = new int[commentCount];
    int[] comments = new int[ideaCount];
    for (int i = 0; i < commentCount; i++) {
      commentIdea[i] = popular(random, ideaCount);
      comments[commentIdea[i]]++;
    }

    List<Superstore.Product> products = context.superstore().products();
    IdBlock ideaIds = context.reserveIds("feedback_idea_seq", ideaCount);
    IdBlock commentIds = context.reserveIds("feedback_comment_seq", commentCount);
    try (BulkInsert ideas =
            context.insert(
                "feedback_idea", ideaCount,
                "id", "title", "description", "area_id", "author_id", "status", "official_response", "reviewed", "merged_into_id",
                "hidden", "hidden_reason", "listed", "vote_count", "weighted_votes", "trending", "follower_count", "comment_count", "impact",
                "confidence", "effort", "score", "created_at", "status_changed_at", "index_revision", "version");
        BulkInsert follows = context.insertAfter(ideas, "feedback_follow", ideaCount, "idea_id", "customer_id", "created_at")) {
      for (int i = 0; i < ideaCount; i++) {
        Superstore.Product product = products.get(random.nextInt(products.size()));
        String title = String.format(ASKS[random.nextInt(ASKS.length)], shortName(product.name()));
        if (title.length() > 120) {
          title = title.substring(0, 120);
        }
        String status = STATUSES[random.nextInt(STATUSES.length)];
        long author = core.customers().id(random.nextInt(customers));
        OffsetDateTime created = today.minusMinutes(60L * 24 * 90 + random.nextInt(60 * 24 * 365));
        boolean reviewed = !status.equals("NEW");
        ideas.row(
            ideaIds.id(i), title, WHY[random.nextInt(WHY.length)] + "\n\nCategory: " + product.category() + ", " + product.subCategory() + ".",
            core.areaIds().get(random.nextInt(core.areaIds().size())), author, status,
            status.equals("DECLINED") ? "This does not fit the product line." : reviewed ? "Thank you, we are on it." : null,
            reviewed, null, false, null, true, votes[i], weighted[i], trending[i], 1, comments[i], null, null, null, null,
            created, reviewed ? created.plusDays(7) : null, 1L, 1L);
        follows.row(ideaIds.id(i), author, created);
      }
    }
    try (BulkInsert voteRows = context.insert("feedback_vote", voteCount, "idea_id", "customer_id", "weight", "created_at")) {
      for (int i = 0; i < voteCount; i++) {
        int c = i / VOTES_PER_CUSTOMER;
        if (ideaCount == 1 && i % VOTES_PER_CUSTOMER != 0) {
          continue;
        }
        voteRows.row(ideaIds.id(votedIdea[i]), core.customers().id(c), weights[c], today.minusMinutes(voteAge[i]));
      }
    }
    try (BulkInsert commentRows =
        context.insert("feedback_comment", commentCount, "id", "idea_id", "author_id", "body", "internal", "by_staff", "hidden", "created_at")) {
      for (int i = 0; i < commentCount; i++) {
        commentRows.row(
            commentIds.id(i), ideaIds.id(commentIdea[i]), core.customers().id(random.nextInt(customers)), COMMENTS[random.nextInt(COMMENTS.length)],
            false, false, false, today.minusMinutes(random.nextInt(60 * 24 * 90)));
      }
    }
  }

  // The data package runs in src-it without the portal's classes, so these two mirror core's Tier weights and
  // feedback's Trending; GeneratorTest checks that they agree.

  /** A vote's weight for a tier: standard 1, silver 2, gold 3, platinum 5. */
  static int weight(String tier) {
    return switch (tier) {
      case "SILVER" -> 2;
      case "GOLD" -> 3;
      case "PLATINUM" -> 5;
      default -> 1;
    };
  }

  /** What a vote cast at this moment adds to its idea's trending sum. */
  static double trending(Instant votedAt) {
    return Math.exp(Duration.between(TRENDING_EPOCH, votedAt).toSeconds() / (double) Duration.ofDays(7).toSeconds());
  }

  /** An idea index skewed towards the first ideas: a few ideas get most of the votes. */
  static int popular(Random random, int ideas) {
    double u = random.nextDouble();
    return Math.min(ideas - 1, (int) (ideas * u * u * u));
  }

  /** Superstore names are long ("Bretford CR4500 Series Slim Rectangular Table"); the first words are enough. */
  static String shortName(String name) {
    String[] words = name.split("\\s+");
    return String.join(" ", List.of(words).subList(0, Math.min(4, words.length)));
  }

  /** Each generated customer's vote weight from the tier the core population gave them. */
  private static int[] tierWeights(PopulationContext context, IdBlock customers) throws SQLException {
    int[] weights = new int[customers.count()];
    try (PreparedStatement select = context.connection().prepareStatement("select id, tier from core_account where id between ? and ?")) {
      select.setLong(1, customers.first());
      select.setLong(2, customers.last());
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          weights[(int) (rs.getLong(1) - customers.first())] = weight(rs.getString(2));
        }
      }
    }
    return weights;
  }
}
