package org.example.portal.pricingbids.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.example.portal.core.account.domain.Account;
import org.example.portal.core.account.domain.Accounts;
import org.example.portal.core.catalog.application.CatalogService;
import org.example.portal.core.catalog.domain.Product;
import org.example.portal.core.config.PortalConfig;
import org.example.portal.core.error.ConflictException;
import org.example.portal.core.error.InvalidInputException;
import org.example.portal.core.error.NotFoundException;
import org.example.portal.core.i18n.Translations;
import org.example.portal.core.notification.Outbox;
import org.example.portal.core.submission.SubmissionChanged;
import org.example.portal.core.submission.SubmissionChanges;
import org.example.portal.core.submission.SubmissionReceived;
import org.example.portal.feedback.api.IdeaLookup;
import org.example.portal.feedback.api.IdeaRef;
import org.example.portal.pricingbids.domain.BidState;
import org.example.portal.pricingbids.domain.BidTerms;
import org.example.portal.pricingbids.domain.Campaign;
import org.example.portal.pricingbids.domain.CounterBid;
import org.example.portal.pricingbids.domain.IdeaTerms;
import org.example.portal.pricingbids.domain.OptionChoice;
import org.example.portal.pricingbids.domain.OrderStatus;
import org.example.portal.pricingbids.domain.ProductTerms;

/**
 * Bids from both sides: customers place, withdraw and answer counteroffers; product teams decide, counter
 * and move orders forward. Every change is one transaction that also queues the customer's e-mail and
 * fires the submission event, so triage and mail see exactly what was committed. Two staff members deciding
 * the same bid at once: the bid's version lets one commit and gives the other a conflict.
 */
@ApplicationScoped
@Transactional
public class BidService {

  private static final Logger LOG = Logger.getLogger(BidService.class.getName());

  /** The kind of submission a bid is, for triage and other observers. */
  public static final String SUBMISSION_KIND = "bid";

  /** Ideas that still take bids: those not yet shipped, declined or merged. */
  private static final Set<String> OPEN_IDEA_STATUSES = Set.of("NEW", "UNDER_REVIEW", "PLANNED", "IN_PROGRESS");

  /** Customers read per query when a campaign mails all its bids' customers. */
  private static final int CUSTOMERS_PER_QUERY = 1_000;

  @PersistenceContext EntityManager em;
  @Inject CatalogService catalog;
  @Inject Accounts accounts;
  @Inject Outbox outbox;
  @Inject PortalConfig config;
  @Inject IdeaLookup ideas;
  @Inject Event<SubmissionReceived> received;
  @Inject SubmissionChanges submissionChanges;

  /** Deadlines in e-mails: unambiguous for every reader, wherever they are. */
  private static final DateTimeFormatter UTC_MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  Clock clock = Clock.systemUTC();

  public CounterBid placeBid(long customerId, @NotNull @Valid BidForm form) {
    if (form.productId() == null && form.ideaId() == null) {
      throw new InvalidInputException("productId", "Choose the product you bid on, or bid on an idea.");
    }
    if (form.productId() != null && form.ideaId() != null) {
      throw new InvalidInputException("ideaId", "A bid is on a product or on an idea, not on both.");
    }
    return form.ideaId() != null ? placeBidOnIdea(customerId, form) : placeBidOnProduct(customerId, form);
  }

  private CounterBid placeBidOnProduct(long customerId, BidForm form) {
    Product product =
        catalog
            .findProduct(form.productId())
            .filter(Product::isActive)
            .orElseThrow(() -> new InvalidInputException("productId", "Choose a product from the catalog that is still offered."));
    List<OptionChoice> options = choices(form.optionsOrEmpty());
    productTerms(product.getId()).check(product.getName(), form.unitPrice(), form.quantity(), options);
    return placed(new Placed(product.getId(), null, product.getAreaId(), product.getCurrency(), product.getName()), customerId, form, options);
  }

  /**
   * A bid on an idea: what the customer would pay for the idea once built, in the portal's bid currency
   * ({@code portal.bids.currency}), checked against the idea's terms like a bid on a product.
   */
  private CounterBid placeBidOnIdea(long customerId, BidForm form) {
    IdeaRef idea =
        ideas.find(form.ideaId())
            .filter(i -> i.id() == form.ideaId())
            .filter(i -> OPEN_IDEA_STATUSES.contains(i.status()))
            .orElseThrow(() -> new InvalidInputException("ideaId", "Choose an open idea: this one does not exist, was merged, shipped or declined."));
    List<OptionChoice> options = choices(form.optionsOrEmpty());
    ideaTerms(idea.id()).check(idea.title(), form.unitPrice(), form.quantity(), options);
    return placed(new Placed(null, idea.id(), idea.areaId(), ideaCurrency(), idea.title()), customerId, form, options);
  }

  /** What a new bid is on: a product or an idea, its area, currency and name. */
  private record Placed(Long productId, Long ideaId, long areaId, String currency, String name) {}

  private CounterBid placed(Placed subject, long customerId, BidForm form, List<OptionChoice> options) {
    Account customer = accounts.get(customerId);
    Instant now = clock.instant();
    int days = Objects.requireNonNullElse(form.openDays(), BidForm.DEFAULT_OPEN_DAYS);
    CounterBid bid =
        new CounterBid(
            subject.productId(),
            subject.ideaId(),
            subject.areaId(),
            customerId,
            customer.getTier(),
            subject.currency(),
            form.unitPrice(),
            form.quantity(),
            form.requirements(),
            options,
            now.plus(Duration.ofDays(days)),
            now);
    em.persist(bid);
    em.flush();
    received.fire(
        new SubmissionReceived(
            SUBMISSION_KIND,
            bid.getId(),
            customerId,
            subject.areaId(),
            title(subject.name(), bid),
            summary(bid),
            now));
    return bid;
  }

  /** The currency of bids on ideas. */
  public String ideaCurrency() {
    return config.get("portal.bids.currency", "EUR");
  }

  public CounterBid withdrawBid(long customerId, long bidId) {
    CounterBid bid = ownBid(customerId, bidId);
    bid.withdraw(customerId, clock.instant());
    return committed(bid, customerId);
  }

  public CounterBid acceptCounteroffer(long customerId, long bidId) {
    CounterBid bid = ownBid(customerId, bidId);
    bid.acceptCounter(customerId, clock.instant());
    if (bid.getState() == BidState.COMMITTED) {
      Campaign campaign = campaign(bid.getCampaignId());
      mail(bid, "bids.mail.committed", productName(bid), String.valueOf(campaign.getMinUnits()), UTC_MINUTES.format(campaign.getDeadline()), link(bid));
    } else {
      mailConfirmation(bid);
    }
    return committed(bid, customerId);
  }

  public CounterBid declineCounteroffer(long customerId, long bidId) {
    CounterBid bid = ownBid(customerId, bidId);
    bid.declineCounter(customerId, clock.instant());
    return committed(bid, customerId);
  }

  public CounterBid acceptBid(long staffId, long bidId) {
    CounterBid bid = bid(bidId);
    bid.accept(staffId, clock.instant());
    mailConfirmation(bid);
    return committed(bid, staffId);
  }

  public CounterBid declineBid(long staffId, long bidId, @NotNull @Valid DeclineForm form) {
    CounterBid bid = bid(bidId);
    bid.decline(staffId, form.reason(), clock.instant());
    mail(bid, "bids.mail.declined", productName(bid), bid.getDeclineReason());
    return committed(bid, staffId);
  }

  public CounterBid counterBid(long staffId, long bidId, @NotNull @Valid CounterForm form) {
    CounterBid bid = bid(bidId);
    List<OptionChoice> options = choices(form.optionsOrEmpty());
    // A counteroffer proposes choices the product or idea offers, like a bid; price floor and minimum do not bind the team.
    termsOf(bid.getProductId(), bid.getIdeaId()).checkChoices(productName(bid), options);
    Instant now = clock.instant();
    int days = Objects.requireNonNullElse(form.openDays(), CounterForm.DEFAULT_OPEN_DAYS);
    bid.counter(staffId, form.unitPrice(), form.quantity(), form.requirements(), options, form.message(), now.plus(Duration.ofDays(days)), now);
    mail(
        bid,
        "bids.mail.countered",
        productName(bid),
        money(bid.getCounterPrice(), bid.getCurrency()),
        String.valueOf(Objects.requireNonNullElse(bid.getCounterQuantity(), bid.getQuantity())),
        Objects.requireNonNullElse(bid.getCounterMessage(), ""),
        link(bid));
    return committed(bid, staffId);
  }

  public CounterBid advanceOrder(long staffId, long bidId, @NotNull @Valid OrderForm form) {
    CounterBid bid = bid(bidId);
    bid.advanceOrder(staffId, form.status(), form.carrier(), form.trackingNumber(), clock.instant());
    if (form.status() == OrderStatus.SHIPPED) {
      mail(bid, "bids.mail.shipped", productName(bid), bid.getOrderCarrier(), bid.getOrderTracking(), link(bid));
    }
    em.flush();
    return bid;
  }

  /**
   * Counters many open bids of one product or one idea at once with a campaign. Each customer is told and can
   * commit by accepting; nothing binds until the campaign closes at its deadline.
   */
  public Campaign startCampaign(long staffId, @NotNull @Valid CampaignForm form) {
    List<Long> ids = form.bidIds().stream().distinct().toList();
    List<CounterBid> chosen = em.createQuery("select b from CounterBid b where b.id in :ids", CounterBid.class).setParameter("ids", ids).getResultList();
    if (chosen.size() != ids.size()) {
      Set<Long> found = chosen.stream().map(CounterBid::getId).collect(Collectors.toSet());
      throw new InvalidInputException("bidIds", "These bids do not exist: " + ids.stream().filter(id -> !found.contains(id)).toList() + ".");
    }
    List<Long> notOpen = chosen.stream().filter(b -> b.getState() != BidState.OPEN).map(CounterBid::getId).sorted().toList();
    if (!notOpen.isEmpty()) {
      throw new ConflictException("bidIds", "Only open bids can join a campaign; these are not open any more: " + notOpen + ".");
    }
    CounterBid first = chosen.get(0);
    if (chosen.stream().anyMatch(b -> !Objects.equals(b.getProductId(), first.getProductId()) || !Objects.equals(b.getIdeaId(), first.getIdeaId()))) {
      throw new InvalidInputException("bidIds", "A campaign is for one product or one idea: choose bids on the same one.");
    }
    String name = productName(first);
    List<OptionChoice> options = choices(form.optionsOrEmpty());
    termsOf(first.getProductId(), first.getIdeaId()).checkChoices(name, options);
    Instant now = clock.instant();
    int days = Objects.requireNonNullElse(form.openDays(), CampaignForm.DEFAULT_OPEN_DAYS);
    Campaign campaign =
        new Campaign(
            first.getProductId(), first.getIdeaId(), form.unitPrice(), form.minUnits(), now.plus(Duration.ofDays(days)), form.requirements(),
            options, form.message(), staffId, now);
    em.persist(campaign);
    em.flush();
    Map<Long, Recipient> customers = recipients(chosen.stream().map(CounterBid::getCustomerId).toList());
    for (CounterBid bid : chosen) {
      bid.counterInCampaign(staffId, campaign, now);
      mail(
          customers.get(bid.getCustomerId()),
          "bids.mail.campaign",
          name,
          money(campaign.getUnitPrice(), bid.getCurrency()),
          String.valueOf(campaign.getMinUnits()),
          Objects.requireNonNullElse(campaign.getMessage(), ""),
          link(bid));
    }
    committedAll(chosen, staffId);
    return campaign;
  }

  public Campaign campaign(long campaignId) {
    return Optional.ofNullable(em.find(Campaign.class, campaignId)).orElseThrow(() -> new NotFoundException("Campaign", campaignId));
  }

  public List<Campaign> productCampaigns(long productId) {
    return em.createNamedQuery("Campaign.byProduct", Campaign.class).setParameter("productId", productId).getResultList();
  }

  public List<Campaign> ideaCampaigns(long ideaId) {
    return em.createNamedQuery("Campaign.byIdea", Campaign.class).setParameter("ideaId", ideaId).getResultList();
  }

  /** How a campaign's bids stand: counts and units per state. */
  public CampaignProgress progress(long campaignId) {
    Map<BidState, long[]> byState = new EnumMap<>(BidState.class);
    for (Object[] row : em.createNamedQuery("CounterBid.campaignUnits", Object[].class).setParameter("campaignId", campaignId).getResultList()) {
      byState.put((BidState) row[0], new long[] {((Number) row[1]).longValue(), ((Number) row[2]).longValue()});
    }
    return new CampaignProgress(byState);
  }

  /** Ids of open campaigns whose deadline has passed; each is then closed in a transaction of its own. */
  public List<Long> dueCampaigns() {
    return em.createNamedQuery("Campaign.due", Campaign.class)
        .setParameter("state", Campaign.State.OPEN)
        .setParameter("now", clock.instant())
        .getResultList()
        .stream()
        .map(Campaign::getId)
        .toList();
  }

  /**
   * Closes a campaign at its deadline: if the committed units reach its minimum every committed bid becomes
   * an order, otherwise every committed bid is released; each customer is told either way. A campaign may hold
   * ten thousand bids, so they change with two statements, the same change {@link CounterBid#closeCampaign}
   * makes to one bid, rather than as ten thousand entities; the e-mails go to the outbox in JDBC batches.
   */
  public Campaign closeCampaign(long campaignId) {
    long start = System.nanoTime();
    Campaign campaign = campaign(campaignId);
    Instant now = clock.instant();
    List<Object[]> committedBids =
        em.createNamedQuery("CounterBid.committedToCampaign", Object[].class)
            .setParameter("campaignId", campaignId)
            .setParameter("state", BidState.COMMITTED)
            .getResultList();
    long units = committedBids.stream().mapToLong(row -> ((Number) row[2]).longValue()).sum();
    boolean succeeded = campaign.close(units, now);
    CounterBid.CampaignOutcome outcome = CounterBid.campaignOutcome(campaignId, succeeded);
    // The history first, while it can still find the committed bids. Each row takes a sequence value of its
    // own: with the sequence's increment of 50, EclipseLink never hands out those ids.
    em.createNativeQuery(
            "insert into bids_history (id, bid_id, at, actor_id, from_state, to_state, note)"
                + " select nextval('bids_history_seq'), id, ?1, null, ?2, ?3, ?4 from bids_bid where campaign_id = ?5 and state = ?2")
        .setParameter(1, OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
        .setParameter(2, BidState.COMMITTED.name())
        .setParameter(3, outcome.state().name())
        .setParameter(4, outcome.note())
        .setParameter(5, campaignId)
        .executeUpdate();
    // An order is confirmed at once; a released bid keeps the time it was decided, when it was committed.
    Query update =
        em.createQuery(
                "update CounterBid b set b.state = :state, b.version = b.version + 1"
                    + (succeeded ? ", b.decidedAt = :now, b.orderStatus = :ordered, b.orderUpdatedAt = :now" : "")
                    + " where b.campaignId = :campaignId and b.state = :committed")
            .setParameter("state", outcome.state())
            .setParameter("campaignId", campaignId)
            .setParameter("committed", BidState.COMMITTED);
    if (succeeded) {
      update.setParameter("now", now).setParameter("ordered", OrderStatus.CONFIRMED);
    }
    update.executeUpdate();
    long bidsWritten = System.nanoTime();
    String name = subjectName(campaign.getProductId(), campaign.getIdeaId());
    Map<Long, Recipient> customers = recipients(committedBids.stream().map(row -> ((Number) row[1]).longValue()).toList());
    List<SubmissionChanged> events = new ArrayList<>(committedBids.size());
    for (Object[] row : committedBids) {
      long bidId = ((Number) row[0]).longValue();
      Recipient customer = customers.get(((Number) row[1]).longValue());
      if (succeeded) {
        mailConfirmation(customer, name, bidId, ((Number) row[2]).intValue(), campaign.getUnitPrice(), (String) row[3]);
      } else {
        mail(customer, "bids.mail.released", name, String.valueOf(campaign.getMinUnits()), link(bidId));
      }
      events.add(new SubmissionChanged(SUBMISSION_KIND, bidId, outcome.state().name(), null, now));
    }
    long mailsQueued = System.nanoTime();
    em.flush();
    submissionChanges.afterCommit(events);
    LOG.log(Level.INFO, "Campaign {0}, {1} bids: read and changed in {2} ms, e-mails queued in {3} ms, written in {4} ms (commit follows)",
        new Object[] {campaignId, committedBids.size(), (bidsWritten - start) / 1_000_000, (mailsQueued - bidsWritten) / 1_000_000,
            (System.nanoTime() - mailsQueued) / 1_000_000});
    return campaign;
  }

  /**
   * Ends up to {@code limit} bids whose deadline has passed and tells their customers. Returns how many
   * expired; the scheduler calls again while a full batch came back.
   */
  public int expireDueBids(int limit) {
    Instant now = clock.instant();
    List<CounterBid> due =
        em.createNamedQuery("CounterBid.due", CounterBid.class)
            .setParameter("states", EnumSet.of(BidState.OPEN, BidState.COUNTERED))
            .setParameter("now", now)
            .setMaxResults(limit)
            .getResultList();
    for (CounterBid bid : due) {
      if (bid.expireIfDue(now)) {
        mail(bid, "bids.mail.expired", productName(bid), link(bid));
        committed(bid, null);
      }
    }
    return due.size();
  }

  /** A bid as its customer or a staff member sees it; anyone else is told it does not exist. */
  public CounterBid viewBid(long viewerId, boolean staff, long bidId) {
    CounterBid bid = bid(bidId);
    if (!staff && bid.getCustomerId() != viewerId) {
      throw new NotFoundException("Bid", bidId);
    }
    return bid;
  }

  public List<CounterBid> bidsOf(long customerId) {
    return em.createNamedQuery("CounterBid.byCustomer", CounterBid.class).setParameter("customerId", customerId).getResultList();
  }

  /** The product team's queue: bids in the given states, optionally of one area or product, oldest first. */
  public List<CounterBid> queue(Long areaId, Long productId, Long ideaId, Collection<BidState> states, int first, int max) {
    StringBuilder jpql = new StringBuilder("select b from CounterBid b where b.state in :states");
    if (areaId != null) {
      jpql.append(" and b.areaId = :areaId");
    }
    if (productId != null) {
      jpql.append(" and b.productId = :productId");
    }
    if (ideaId != null) {
      jpql.append(" and b.ideaId = :ideaId");
    }
    jpql.append(" order by b.createdAt, b.id");
    TypedQuery<CounterBid> query = em.createQuery(jpql.toString(), CounterBid.class).setParameter("states", states.isEmpty() ? EnumSet.of(BidState.OPEN) : states);
    if (areaId != null) {
      query.setParameter("areaId", areaId);
    }
    if (productId != null) {
      query.setParameter("productId", productId);
    }
    if (ideaId != null) {
      query.setParameter("ideaId", ideaId);
    }
    return query.setFirstResult(first).setMaxResults(max).getResultList();
  }

  /** The product's terms, or "no terms" (any price, free text only) when the team has set none. */
  public ProductTerms productTerms(long productId) {
    return Optional.ofNullable(em.find(ProductTerms.class, productId)).orElseGet(() -> ProductTerms.none(productId));
  }

  /** The idea's terms, or "no terms" (any price, free text only) when the team has set none. */
  public IdeaTerms ideaTerms(long ideaId) {
    return Optional.ofNullable(em.find(IdeaTerms.class, ideaId)).orElseGet(() -> IdeaTerms.none(ideaId));
  }

  private BidTerms termsOf(Long productId, Long ideaId) {
    return ideaId != null ? ideaTerms(ideaId) : productTerms(productId);
  }

  public ProductTerms defineProductTerms(long productId, @NotNull @Valid TermsForm form) {
    catalog.product(productId);
    ProductTerms terms = em.find(ProductTerms.class, productId);
    if (terms == null) {
      terms = new ProductTerms(productId);
      em.persist(terms);
    }
    return defined(terms, form);
  }

  /** Sets an idea's terms; bids already placed keep what they offered, new ones are checked against these. */
  public IdeaTerms defineIdeaTerms(long ideaId, @NotNull @Valid TermsForm form) {
    ideas.find(ideaId).filter(i -> i.id() == ideaId).orElseThrow(() -> new NotFoundException("Idea", ideaId));
    IdeaTerms terms = em.find(IdeaTerms.class, ideaId);
    if (terms == null) {
      terms = new IdeaTerms(ideaId);
      em.persist(terms);
    }
    return defined(terms, form);
  }

  private <T extends BidTerms> T defined(T terms, TermsForm form) {
    terms.update(form.priceFloor(), form.minQuantity(), choices(form.optionsOrEmpty()));
    em.flush();
    return terms;
  }

  /** What the bid is on, as people name it: the product's name or the idea's title. */
  public String productName(CounterBid bid) {
    return subjectName(bid.getProductId(), bid.getIdeaId());
  }

  /** The product's name or the idea's title (exactly one of the ids is given). */
  public String subjectName(Long productId, Long ideaId) {
    if (ideaId != null) {
      return ideas.find(ideaId).map(IdeaRef::title).orElse("idea #" + ideaId);
    }
    return catalog.findProduct(productId).map(Product::getName).orElse("#" + productId);
  }

  private static List<OptionChoice> choices(List<ChoiceForm> forms) {
    return forms.stream().map(ChoiceForm::toChoice).toList();
  }

  /** Whom a bid's e-mail goes to: the customer's address, name and language. */
  private record Recipient(String email, String name, String language) {

    static Recipient of(Account customer) {
      return new Recipient(customer.getEmail(), customer.getDisplayName(), customer.getLanguage());
    }
  }

  /**
   * The recipients of many customers' e-mails by customer id, read as plain columns a thousand at a time: as
   * entities, each account would also read its roles.
   */
  private Map<Long, Recipient> recipients(Collection<Long> customerIds) {
    List<Long> ids = customerIds.stream().distinct().toList();
    Map<Long, Recipient> byId = new HashMap<>();
    for (int from = 0; from < ids.size(); from += CUSTOMERS_PER_QUERY) {
      em.createQuery("select a.id, a.email, a.displayName, a.language from Account a where a.id in :ids", Object[].class)
          .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + CUSTOMERS_PER_QUERY)))
          .getResultList()
          .forEach(a -> byId.put(((Number) a[0]).longValue(), new Recipient((String) a[1], (String) a[2], (String) a[3])));
    }
    return byId;
  }

  private CounterBid bid(long bidId) {
    return Optional.ofNullable(em.find(CounterBid.class, bidId)).orElseThrow(() -> new NotFoundException("Bid", bidId));
  }

  private CounterBid ownBid(long customerId, long bidId) {
    return viewBid(customerId, false, bidId);
  }

  /** Flushes now, so a concurrent decision fails here with a conflict rather than at commit. */
  private CounterBid committed(CounterBid bid, Long actorId) {
    committedAll(List.of(bid), actorId);
    return bid;
  }

  /** {@link #committed} for many bids: one flush, in JDBC batches, then one event per bid after the commit. */
  private void committedAll(List<CounterBid> bids, Long actorId) {
    em.flush();
    Instant now = clock.instant();
    submissionChanges.afterCommit(bids.stream().map(b -> new SubmissionChanged(SUBMISSION_KIND, b.getId(), b.getState().name(), actorId, now)).toList());
  }

  private void mailConfirmation(CounterBid bid) {
    mailConfirmation(Recipient.of(accounts.get(bid.getCustomerId())), productName(bid), bid.getId(), bid.agreedQuantity(), bid.agreedUnitPrice(), bid.getCurrency());
  }

  private void mailConfirmation(Recipient customer, String name, long bidId, int quantity, BigDecimal unitPrice, String currency) {
    mail(
        customer,
        "bids.mail.accepted",
        name,
        String.valueOf(quantity),
        money(unitPrice, currency),
        money(unitPrice.multiply(BigDecimal.valueOf(quantity)), currency),
        link(bidId),
        String.valueOf(bidId));
  }

  private void mail(CounterBid bid, String key, String... params) {
    mail(Recipient.of(accounts.get(bid.getCustomerId())), key, params);
  }

  private void mail(Recipient customer, String key, String... params) {
    Locale locale = Locale.of(customer.language());
    outbox.enqueue(
        customer.email(),
        Translations.shared().get(locale, key + ".subject", (Object[]) params),
        Translations.shared().get(locale, key + ".body", prepend(customer.name(), params)));
  }

  private static Object[] prepend(String first, String... rest) {
    Object[] all = new Object[rest.length + 1];
    all[0] = first;
    System.arraycopy(rest, 0, all, 1, rest.length);
    return all;
  }

  private String link(CounterBid bid) {
    return link(bid.getId());
  }

  private String link(long bidId) {
    return config.baseUrl().resolve("bids/" + bidId).toString();
  }

  public static String money(BigDecimal amount, String currency) {
    return amount.setScale(2).toPlainString() + " " + currency;
  }

  /** The line staff recognise a bid by, in triage and wherever submissions are listed. */
  static String title(String productName, CounterBid bid) {
    return "Bid on " + productName + ": " + bid.getQuantity() + " × " + money(bid.getUnitPrice(), bid.getCurrency());
  }

  static String summary(CounterBid bid) {
    StringBuilder s = new StringBuilder();
    bid.getOptions().forEach(o -> s.append(o).append("; "));
    if (bid.getRequirements() != null) {
      s.append(bid.getRequirements());
    }
    return s.toString().strip();
  }
}
