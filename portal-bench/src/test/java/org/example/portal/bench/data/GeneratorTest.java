package org.example.portal.bench.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.example.portal.core.account.domain.Role;
import org.example.portal.core.account.domain.Tier;
import org.example.portal.core.persistence.CoreSchema;
import org.example.portal.feedback.application.FeedbackSchema;
import org.example.portal.triage.application.TriageSchema;
import org.example.portal.pricingbids.application.BidsSchema;
import org.example.portal.prototypes.application.SamplesSchema;
import org.example.portal.selfservice.infrastructure.SelfServiceSchema;
import org.example.portal.core.persistence.SchemaMigrator;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generator against an embedded H2 database migrated by the portal's own migrations. */
class GeneratorTest {

  /** A few Superstore-shaped lines, so the test needs no download; the real file has about 10,000. */
  private static final String CSV =
      """
      "Row ID","Order ID","Customer Name","Segment","Category","Sub-Category","Product Name","Sales","Quantity"
      1,"CA-1","Claire Gute","Consumer","Furniture","Bookcases","Bush Somerset Collection Bookcase",261.96,2
      2,"CA-1","Claire Gute","Consumer","Furniture","Chairs","Hon Deluxe Fabric Upholstered Stacking Chairs, Rounded Back",731.94,3
      3,"CA-2","Darrin Van Huff","Corporate","Office Supplies","Labels","Self-Adhesive Address Labels for Typewriters by Universal",14.62,2
      4,"CA-3","Sean O'Donnell","Home Office","Office Supplies","Labels","Avery ""Durable"" Labels",9.00,3
      5,"CA-3","Sean O'Donnell","Home Office","Furniture","Chairs","Hon Deluxe Fabric Upholstered Stacking Chairs, Rounded Back",731.94,3
      """;

  @TempDir Path cache;

  @BeforeEach
  void superstoreFixture() throws Exception {
    Files.writeString(cache.resolve("superstore.csv"), CSV);
  }

  private static String migratedDatabase() {
    String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL(url);
    dataSource.setUser("portal");
    dataSource.setPassword("portal");
    new SchemaMigrator(dataSource, GeneratorTest.class.getClassLoader())
        .migrate(List.of(new CoreSchema(), new BidsSchema(), new FeedbackSchema(), new SamplesSchema(), new SelfServiceSchema(), new TriageSchema()));
    return url;
  }

  private Generator.Result generate(String url, Scale scale) throws SQLException {
    return Generator.generate(url, "portal", "portal", scale, cache, line -> {});
  }

  @Test
  void loadsCustomersStaffTeamsAndTheCatalog() throws Exception {
    String url = migratedDatabase();

    Generator.Result result = generate(url, new Scale(300, 12, 1));

    assertEquals(300 + 12 + 1, count(url, "select count(*) from core_account where email like '%@bench.example'"));
    assertEquals(300, count(url, "select count(*) from core_account_role where role = 'CUSTOMER'"));
    assertEquals(1, count(url, "select count(*) from core_account_role where role = 'ADMIN'"));
    assertEquals(3, count(url, "select count(*) from core_product_area"));
    assertEquals(4, count(url, "select count(*) from core_product"));
    assertEquals(3 + 2, count(url, "select count(*) from core_team"));
    assertEquals(12, count(url, "select count(*) from core_team_member"));
    assertEquals(result.totalRows(), result.rowsByTable().values().stream().mapToLong(Long::longValue).sum());
    assertEquals(300 + 12 + 1, result.rowsByTable().get("core_account"));
    assertEquals(
        "Avery \"Durable\" Labels", single(url, "select name from core_product where name like 'Avery%'"));
  }

  @Test
  void sampleRequestsAreTwoInFiveCustomersWithinEachProgramsQuotaAndFeedbackFromThreeInFour() throws Exception {
    String url = migratedDatabase();

    generate(url, new Scale(1000, 12, 1));

    assertEquals(2, count(url, "select count(*) from samples_program"));
    assertEquals(8, count(url, "select count(*) from samples_question"));
    assertEquals(400, count(url, "select count(*) from samples_request"));
    assertEquals(400, count(url, "select count(distinct customer_id) from samples_request"));
    assertEquals(0, count(url, "select count(*) from samples_program p where units_taken <> (select count(*) from samples_request r"
        + " where r.program_id = p.id and r.state not in ('APPLIED', 'DECLINED'))"), "the quota counter matches the requests holding a unit");
    assertEquals(count(url, "select count(*) from samples_request where state = 'FEEDBACK_RECEIVED'"), count(url, "select count(*) from samples_response"));
    assertEquals(0, count(url, "select count(*) from samples_request where state in ('DELIVERED', 'FEEDBACK_DUE') and feedback_due_at <= current_timestamp"),
        "feedback that is still due is not late yet, so the reminder job does not mail everyone at once");
    for (String state : column(url, "select distinct state from samples_request")) {
      org.example.portal.prototypes.domain.RequestState.valueOf(state);
    }
  }

  @Test
  void theInboxHoldsOneItemPerSubmissionWithItsCustomerAndStatus() throws Exception {
    String url = migratedDatabase();

    generate(url, new Scale(300, 12, 1));

    long submissions = count(url, "select count(*) from feedback_idea") + count(url, "select count(*) from bids_bid")
        + count(url, "select count(*) from selfservice_ticket") + count(url, "select count(*) from samples_request")
        + count(url, "select count(*) from samples_response where submitted");
    assertEquals(submissions, count(url, "select count(*) from triage_item"));
    assertTrue(count(url, "select count(*) from triage_item where kind = 'sample-feedback'") > 0);
    assertEquals(0, count(url, "select count(*) from triage_item i join samples_response f on i.kind = 'sample-feedback' and i.submission_id = f.id"
        + " join samples_request r on r.id = f.request_id where i.customer_id <> r.customer_id or i.status <> 'RECEIVED'"));
    assertEquals(0, count(url, "select count(*) from triage_item i join bids_bid b on i.kind = 'bid' and i.submission_id = b.id"
        + " where i.customer_id <> b.customer_id or i.status <> b.state or i.area_id <> b.area_id"));
    assertEquals(0, count(url, "select count(*) from triage_item i join feedback_idea d on i.kind = 'idea' and i.submission_id = d.id"
        + " where i.customer_id <> d.author_id or i.status <> d.status or i.title <> d.title"));
    assertEquals(submissions, count(url, "select count(distinct id) from triage_item"));
  }

  @Test
  void bidsAreTwoPerCustomerWithHistoryInStatesAndTiersTheBidsModuleKnows() throws Exception {
    String url = migratedDatabase();

    generate(url, new Scale(300, 12, 1));

    assertEquals(600, count(url, "select count(*) from bids_bid"));
    assertEquals(600, count(url, "select count(*) from bids_history where to_state = 'OPEN'"));
    assertEquals(0, count(url, "select count(*) from bids_bid b where not exists (select 1 from core_product p where p.id = b.product_id and p.area_id = b.area_id)"));
    assertEquals(0, count(url, "select count(*) from bids_bid where unit_price <= 0 or quantity < 1"));
    assertEquals(0, count(url, "select count(*) from bids_bid where state = 'OPEN' and expires_at <= current_timestamp"),
        "open bids are still open, so the portal's expiry job does not end them all at once");
    assertEquals(0, count(url, "select count(*) from bids_bid_option o where not exists "
        + "(select 1 from bids_bid b join bids_terms_option t on t.product_id = b.product_id where b.id = o.bid_id and t.choice = o.choice)"));
    for (String state : column(url, "select distinct state from bids_bid")) {
      org.example.portal.pricingbids.domain.BidState.valueOf(state);
    }
    for (String tier : column(url, "select distinct customer_tier from bids_bid")) {
      Tier.valueOf(tier);
    }
    assertTrue(column(url, "select distinct state from bids_bid").size() > 3, "bids are in several states");
  }

  @Test
  void ideasCarryTheCountersOfExactlyTheirVotesCommentsAndFollowers() throws Exception {
    String url = migratedDatabase();

    generate(url, new Scale(500, 12, 1));

    assertEquals(100, count(url, "select count(*) from feedback_idea"));
    assertEquals(1000, count(url, "select count(*) from feedback_vote"));
    assertEquals(200, count(url, "select count(*) from feedback_comment"));
    assertEquals(0, count(url, "select count(*) from feedback_idea i where i.vote_count <> (select count(*) from feedback_vote v where v.idea_id = i.id)"
        + " or i.weighted_votes <> (select coalesce(sum(v.weight), 0) from feedback_vote v where v.idea_id = i.id)"
        + " or i.comment_count <> (select count(*) from feedback_comment c where c.idea_id = i.id)"
        + " or i.follower_count <> (select count(*) from feedback_follow f where f.idea_id = i.id)"));
    assertEquals(0, count(url, "select count(*) from feedback_vote v join core_account a on a.id = v.customer_id where a.tier = 'PLATINUM' and v.weight <> 5"));
    assertEquals(0, count(url, "select count(*) from feedback_idea where length(title) > 120 or (vote_count > 0 and trending <= 0)"));
    for (String status : column(url, "select distinct status from feedback_idea")) {
      org.example.portal.feedback.domain.IdeaStatus.valueOf(status);
    }
    assertTrue(count(url, "select max(vote_count) from feedback_idea") > 5 * count(url, "select min(vote_count) from feedback_idea") + 5,
        "a few ideas get most votes");
  }

  @Test
  void voteWeightsAndTrendingAreThoseOfThePortal() {
    for (Tier tier : Tier.values()) {
      assertEquals(tier.weight(), IdeaPopulation.weight(tier.name()), tier::name);
    }
    java.time.Instant at = java.time.Instant.parse("2026-11-20T08:30:00Z");
    assertEquals(org.example.portal.feedback.domain.Trending.weightOf(at), IdeaPopulation.trending(at), 1e-6 * IdeaPopulation.trending(at));
  }

  @Test
  void ticketsAreTwoPerCustomerWithFiveMessagesEachAndSomeBreachedInTheQueue() throws Exception {
    String url = migratedDatabase();

    generate(url, new Scale(300, 12, 1));

    assertEquals(600, count(url, "select count(*) from selfservice_ticket"));
    assertEquals(3000, count(url, "select count(*) from selfservice_message"));
    assertEquals(0, count(url, "select count(*) from selfservice_ticket t where not exists (select 1 from core_account a where a.id = t.customer_id)"));
    assertTrue(count(url, "select count(*) from selfservice_ticket where status in ('NEW', 'OPEN') and resolution_due < current_timestamp") > 0);
    assertEquals(0, count(url, "select count(*) from selfservice_ticket where status = 'CLOSED' and closed_at is null"));
    assertTrue(count(url, "select count(*) from selfservice_ticket where status = 'SOLVED'") > 0);
    assertEquals(0, count(url, "select count(*) from selfservice_ticket where status = 'SOLVED' and (solved_at < dateadd('DAY', -7, current_timestamp) or solved_at > current_timestamp)"),
        "solved tickets are within their reopen period, or the portal would close them all at its start");
  }

  @Test
  void everyTierAndRoleIsOneThePortalKnows() throws Exception {
    String url = migratedDatabase();
    generate(url, new Scale(500, 20, 1));

    for (String tier : column(url, "select distinct tier from core_account")) {
      Tier.valueOf(tier);
    }
    for (String role : column(url, "select distinct role from core_account_role")) {
      Role.valueOf(role);
    }
    assertTrue(column(url, "select distinct tier from core_account").size() > 1, "customers have several tiers");
  }

  @Test
  void sequencesMovePastTheLoadedIdsInWholeBlocks() throws Exception {
    String url = migratedDatabase();
    generate(url, new Scale(120, 10, 1));

    long maxAccount = count(url, "select max(id) from core_account");
    long next = count(url, "select next value for core_account_seq");
    assertEquals(0, next % PopulationContext.ALLOCATION_SIZE, "EclipseLink expects whole blocks");
    assertTrue(next - PopulationContext.ALLOCATION_SIZE + 1 > maxAccount, "the portal's next block starts above " + maxAccount);
    long nextCatalog = count(url, "select next value for core_catalog_seq");
    assertTrue(nextCatalog - PopulationContext.ALLOCATION_SIZE + 1 > count(url, "select max(id) from core_product"));
  }

  @Test
  void theSameSeedGivesTheSameData() throws Exception {
    String first = migratedDatabase();
    String second = migratedDatabase();
    String third = migratedDatabase();
    generate(first, new Scale(200, 10, 5));
    generate(second, new Scale(200, 10, 5));
    generate(third, new Scale(200, 10, 6));

    String people = "select email, display_name, tier, language from core_account order by email";
    assertEquals(column(first, people), column(second, people));
    assertNotEquals(column(first, people), column(third, people));
  }

  @Test
  void aDatabaseWithGeneratedDataIsRefused() throws Exception {
    String url = migratedDatabase();
    generate(url, new Scale(10, 10, 1));

    assertThrows(Generator.AlreadyPopulatedException.class, () -> generate(url, new Scale(10, 10, 1)));
    assertEquals(21, count(url, "select count(*) from core_account"));
  }

  @Test
  void aDatabaseWithoutThePortalsTablesIsExplained() {
    String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";

    var failure = assertThrows(IllegalStateException.class, () -> generate(url, new Scale(10, 10, 1)));
    assertTrue(failure.getMessage().contains("start the portal once"), failure.getMessage());
  }

  private static long count(String url, String sql) throws SQLException {
    return Long.parseLong(single(url, sql));
  }

  private static String single(String url, String sql) throws SQLException {
    List<String> values = column(url, sql);
    assertEquals(1, values.size(), sql);
    return values.get(0);
  }

  private static List<String> column(String url, String sql) throws SQLException {
    try (Connection connection = DriverManager.getConnection(url, "portal", "portal");
        Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery(sql)) {
      List<String> values = new ArrayList<>();
      int columns = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        String[] row = new String[columns];
        for (int i = 0; i < columns; i++) {
          row[i] = rs.getString(i + 1);
        }
        values.add(columns == 1 ? row[0] : Arrays.toString(row));
      }
      return values;
    }
  }
}
