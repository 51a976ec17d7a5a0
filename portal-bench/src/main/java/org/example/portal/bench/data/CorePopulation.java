package org.example.portal.bench.data;

import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Core's rows: product areas (Superstore's sub-categories) and their products with real names and prices,
 * staff with roles, product and support teams, and customers with tiers, named after Superstore's customers.
 */
public class CorePopulation implements Population {

  /** A product name column holds 120 characters (core_product.name). */
  private static final int PRODUCT_NAME_MAX = 120;

  private static final OffsetDateTime EPOCH = OffsetDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
  private static final long THREE_YEARS = Duration.ofDays(3 * 365).toSeconds();

  @Override
  public String name() {
    return "core";
  }

  @Override
  public void load(PopulationContext context) throws SQLException {
    Random random = context.random();
    Superstore superstore = context.superstore();
    String hash = BenchAccounts.hash(BenchAccounts.PASSWORD, BenchAccounts.salt(context.scale().seed()));

    // Areas: one per sub-category, described by its category.
    Map<String, String> categoryOf = new LinkedHashMap<>();
    superstore.products().forEach(p -> categoryOf.putIfAbsent(p.subCategory(), p.category()));
    IdBlock areas = context.reserveIds("core_catalog_seq", categoryOf.size());
    Map<String, Long> areaIdOf = new LinkedHashMap<>();
    try (BulkInsert insert = context.insert("core_product_area", areas.count(), "id", "name", "description", "active", "version")) {
      for (String subCategory : categoryOf.keySet()) {
        long id = areas.id(areaIdOf.size());
        areaIdOf.put(subCategory, id);
        insert.row(id, subCategory, categoryOf.get(subCategory) + ": " + subCategory.toLowerCase(), true, 1L);
      }
    }

    // Products: names shortened to the column can collide, so each (area, name) is kept once.
    List<Superstore.Product> products = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Superstore.Product p : superstore.products()) {
      if (seen.add(p.subCategory() + "\n" + shorten(p.name()))) {
        products.add(p);
      }
    }
    IdBlock productIds = context.reserveIds("core_catalog_seq", products.size());
    try (BulkInsert insert =
        context.insert("core_product", products.size(), "id", "area_id", "name", "description", "currency", "list_price", "active", "version")) {
      for (int i = 0; i < products.size(); i++) {
        Superstore.Product p = products.get(i);
        // One product in twenty is discontinued, so inactive products show up in lists and filters.
        insert.row(
            productIds.id(i), areaIdOf.get(p.subCategory()), shorten(p.name()),
            p.category() + " / " + p.subCategory(), "USD", p.unitPrice(), random.nextInt(20) != 0, 1L);
      }
    }

    // Staff: the bench admin first, then support agents, product managers and triage leads.
    int staffCount = context.scale().staff();
    IdBlock staff = context.reserveIds("core_account_seq", staffCount + 1);
    long adminId = staff.id(0);
    List<Long> agents = new ArrayList<>();
    List<Long> managers = new ArrayList<>();
    List<Long> leads = new ArrayList<>();
    try (BulkInsert accounts = accountInsert(context, staffCount + 1);
        BulkInsert roles = context.insertAfter(accounts, "core_account_role", staffCount + 1, "account_id", "role")) {
      accounts.row(adminId, BenchAccounts.ADMIN_EMAIL, "Bench Admin", hash, "STANDARD", "en", true, createdAt(random), 1L);
      roles.row(adminId, "ADMIN");
      for (int n = 1; n <= staffCount; n++) {
        long id = staff.id(n);
        String role = n % 10 < 5 ? "SUPPORT_AGENT" : n % 10 < 8 ? "PRODUCT_MANAGER" : "TRIAGE_LEAD";
        (role.equals("SUPPORT_AGENT") ? agents : role.equals("PRODUCT_MANAGER") ? managers : leads).add(id);
        String name = superstore.customers().get(random.nextInt(superstore.customers().size())).name();
        accounts.row(id, BenchAccounts.staffEmail(n), name, hash, "STANDARD", language(random), true, createdAt(random), 1L);
        roles.row(id, role);
      }
    }

    // Teams: a product team per area, a support team per category covering its areas.
    Map<String, List<Long>> areasOfCategory = new LinkedHashMap<>();
    areaIdOf.forEach((sub, id) -> areasOfCategory.computeIfAbsent(categoryOf.get(sub), k -> new ArrayList<>()).add(id));
    IdBlock teams = context.reserveIds("core_team_seq", areaIdOf.size() + areasOfCategory.size());
    List<Long> teamIds = new ArrayList<>();
    try (BulkInsert team = context.insert("core_team", teams.count(), "id", "name", "kind", "version");
        BulkInsert teamArea = context.insertAfter(team, "core_team_area", 0, "team_id", "area_id");
        BulkInsert member = context.insertAfter(team, "core_team_member", staffCount, "team_id", "account_id")) {
      int productTeams = areaIdOf.size();
      int index = 0;
      for (Map.Entry<String, Long> area : areaIdOf.entrySet()) {
        long id = teams.id(index++);
        teamIds.add(id);
        team.row(id, area.getKey() + " product team", "PRODUCT", 1L);
        teamArea.row(id, area.getValue());
      }
      for (Map.Entry<String, List<Long>> category : areasOfCategory.entrySet()) {
        long id = teams.id(index++);
        teamIds.add(id);
        team.row(id, category.getKey() + " support", "SUPPORT", 1L);
        for (long areaId : category.getValue()) {
          teamArea.row(id, areaId);
        }
      }
      for (int i = 0; i < managers.size(); i++) {
        member.row(teams.id(i % productTeams), managers.get(i));
      }
      List<Long> supportStaff = new ArrayList<>(agents);
      supportStaff.addAll(leads);
      for (int i = 0; i < supportStaff.size(); i++) {
        member.row(teams.id(productTeams + i % areasOfCategory.size()), supportStaff.get(i));
      }
    }

    // Customers: names recombined from Superstore's, tiers skewed by the segment they come from.
    int customerCount = context.scale().customers();
    IdBlock customers = context.reserveIds("core_account_seq", customerCount);
    List<Superstore.Customer> people = superstore.customers();
    try (BulkInsert accounts = accountInsert(context, customerCount);
        BulkInsert roles = context.insertAfter(accounts, "core_account_role", customerCount, "account_id", "role")) {
      for (int n = 1; n <= customerCount; n++) {
        long id = customers.id(n - 1);
        Superstore.Customer first = people.get(random.nextInt(people.size()));
        Superstore.Customer last = people.get(random.nextInt(people.size()));
        String displayName = firstWord(first.name()) + " " + lastWord(last.name());
        accounts.row(
            id, BenchAccounts.customerEmail(n), displayName, hash, tier(first.segment(), random), language(random), true,
            createdAt(random), 1L);
        roles.row(id, "CUSTOMER");
      }
    }

    List<Long> productIdList = new ArrayList<>();
    for (int i = 0; i < productIds.count(); i++) {
      productIdList.add(productIds.id(i));
    }
    context.share(CoreData.class, new CoreData(customers, staff, adminId, List.copyOf(areaIdOf.values()), productIdList, teamIds));
  }

  private static BulkInsert accountInsert(PopulationContext context, long expected) throws SQLException {
    return context.insert(
        "core_account", expected,
        "id", "email", "display_name", "password_hash", "tier", "language", "enabled", "created_at", "version");
  }

  /** Tier names as in core's {@code Tier}; business customers reach the higher tiers more often. */
  static String tier(String segment, Random random) {
    int roll = random.nextInt(100);
    int platinum = segment.equals("Corporate") ? 6 : 1;
    int gold = platinum + (segment.equals("Corporate") ? 14 : 6);
    int silver = gold + (segment.equals("Home Office") ? 30 : 18);
    return roll < platinum ? "PLATINUM" : roll < gold ? "GOLD" : roll < silver ? "SILVER" : "STANDARD";
  }

  private static String language(Random random) {
    return random.nextInt(10) == 0 ? "uz" : "en";
  }

  private static OffsetDateTime createdAt(Random random) {
    return EPOCH.minusSeconds((long) (random.nextDouble() * THREE_YEARS));
  }

  private static String shorten(String name) {
    return name.length() <= PRODUCT_NAME_MAX ? name : name.substring(0, PRODUCT_NAME_MAX - 1).strip() + "…";
  }

  private static String firstWord(String name) {
    int space = name.indexOf(' ');
    return space < 0 ? name : name.substring(0, space);
  }

  private static String lastWord(String name) {
    return name.substring(name.lastIndexOf(' ') + 1);
  }
}
