package org.example.portal.bench.load;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The named load scenarios; each is the wrk script {@code wrk/<name>.lua}. A feature adds its own here. */
public enum Scenario {
  HEALTH("health", "GET /api/v1/health, anonymous: JAX-RS and one database round trip"),
  REGISTER_LOGIN("register-login", "POST /api/v1/accounts, then GET /api/v1/me with the new password (Basic)"),
  ME_TOKEN("me-token", "GET /api/v1/me as a customer with a personal API token (Bearer)"),
  ME_BASIC("me-basic", "GET /api/v1/me as a customer with HTTP Basic: a PBKDF2 check per request"),
  CATALOG_READ("catalog-read", "GET /api/v1/catalog/areas and /catalog/products?areaId=, anonymous"),
  PRODUCT_WRITE("product-write", "POST /api/v1/catalog/products as the admin (Bearer)"),
  TEAM_WRITE("team-write", "POST /api/v1/teams as the admin (Bearer)"),
  BIDS_DEMAND("bids-demand", "GET /api/v1/bids/products/{id}/demand as the admin (Bearer): one product's demand curve and best price"),
  BID_PLACE("bid-place", "POST /api/v1/bids as a customer (Bearer)"),
  IDEAS_SIMILAR("ideas-similar", "GET /api/v1/ideas/similar?title=, anonymous: the suggestions shown while a customer types a title"),
  IDEAS_BOARD("ideas-board", "GET /api/v1/ideas?sort=TOP, anonymous: the first page of the board"),
  IDEAS_BOARD_DEEP("ideas-board-page100", "GET /api/v1/ideas?sort=TOP&first=1980, anonymous: page 100 of the board"),
  IDEA_SUBMIT("idea-submit", "POST /api/v1/ideas as a customer (Bearer): insert, follow, submission event and index update"),
  SAMPLES_RESULTS("samples-results", "GET /api/v1/samples/programs/{id}/results as the admin (Bearer): one sample program's feedback aggregates"),
  TICKET_QUEUE("ticket-queue", "GET /api/v1/tickets as the admin (Bearer): the first page of the support queue, what is due first"),
  TICKET_SUGGEST("ticket-suggest", "GET /api/v1/tickets/suggestions?q=, anonymous: help articles and ideas for a ticket being typed"),
  TICKET_OPEN("ticket-open", "POST /api/v1/tickets as a customer (Bearer)"),
  TRIAGE_INBOX("triage-inbox", "GET /api/v1/triage/inbox?kind=&areaId= as the admin (Bearer): the inbox's first page with two filters"),
  TRIAGE_STORY("triage-story", "GET /api/v1/triage/customers/{id}/story as the admin (Bearer): the whole story of a customer with 1,000 interactions"),
  TRIAGE_SIMILAR("triage-similar", "GET /api/v1/triage/inbox/{id}/similar as the admin (Bearer): items of any kind and help articles that read like one item");

  private final String id;
  private final String description;

  Scenario(String id, String description) {
    this.id = id;
    this.description = description;
  }

  public String id() {
    return id;
  }

  public String description() {
    return description;
  }

  public static Scenario byId(String id) {
    return Arrays.stream(values())
        .filter(s -> s.id.equals(id))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException(
            "No scenario " + id + "; there are " + Arrays.stream(values()).map(Scenario::id).collect(Collectors.joining(", "))));
  }
}
