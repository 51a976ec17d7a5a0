package org.example.portal.pricingbids.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
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
import org.example.portal.core.submission.SubmissionReceived;
import org.example.portal.feedback.api.IdeaLookup;
import org.example.portal.feedback.api.IdeaRef;
import org.example.portal.pricingbids.domain.BidState;
import org.example.portal.pricingbids.domain.BidTerms;
import org.example.portal.pricingbids.domain.Campaign;
import org.example.portal.pricingbids.domain.CounterBid;
import org.example.portal.pricingbids.domain.OptionChoice;
import org.example.portal.pricingbids.domain.OrderStatus;

/**
 * Bids from both sides: customers place, withdraw and answer counteroffers; product teams decide, counter
 * and move orders forward. Every change is one transaction that also queues the customer's e-mail and
 * fires the submission event, so triage and mail see exactly what was committed. Two staff members deciding
 * the same bid at once: the bid's version lets one commit and gives the other a conflict.
 */
@ApplicationScoped
@Transactional
public class BidService {

  /** The kind of submission a bid is, for triage and other observers. */
  public static final String SUBMISSION_KIND = "bid";

  /** Ideas that still take bids: those not yet shipped, declined or merged. */
  private static final Set<String> OPEN_IDEA_STATUSES = Set.of("NEW", "UNDER_REVIEW", "PLANNED", "IN_PROGRESS");

  @PersistenceContext EntityManager em;
  @Inject CatalogService catalog;
  @Inject Accounts accounts;
  @Inject Outbox outbox;
  @Inject PortalConfig config;
  @Inject IdeaLookup ideas;
  @Inject Event<SubmissionReceived> received;
  @Inject Event<SubmissionChanged> changed;

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
    List<OptionChoice> options = form.optionsOrEmpty().stream().map(ChoiceForm::toChoice).toList();
    terms(product.getId()).check(product.getName(), form.unitPrice(), form.quantity(), options);
    return placed(new Placed(product.getId(), null, product.getAreaId(), product.getCurrency(), product.getName()), customerId, form, options);
  }

  /**
   * A bid on an idea: what the customer would pay for the idea once built. Ideas have no terms yet, so the
   * requirements are free text, and the price is in the portal's bid currency ({@code portal.bids.currency}).
   */
  private CounterBid placeBidOnIdea(long customerId, BidForm form) {
    IdeaRef idea =
        ideas.find(form.ideaId())
            .filter(i -> i.id() == form.ideaId())
            .filter(i -> OPEN_IDEA_STATUSES.contains(i.status()))
            .orElseThrow(() -> new InvalidInputException("ideaId", "Choose an open idea: this one does not exist, was merged, shipped or declined."));
    if (!form.optionsOrEmpty().isEmpty()) {
      throw new InvalidInputException("options", "Ideas have no requirement choices yet; describe what you need in the requirements.");
    }
    return placed(new Placed(null, idea.id(), idea.areaId(), ideaCurrency(), idea.title()), customerId, form, List.of());
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
    List<OptionChoice> options = form.optionsOrEmpty().stream().map(ChoiceForm::toChoice).toList();
    if (!options.isEmpty()) {
      // A counteroffer proposes choices the product offers, like a bid; price floor and minimum do not bind the team.
      if (bid.isOnIdea()) {
        throw new InvalidInputException("options", "Ideas have no requirement choices yet; describe the requirements in words.");
      }
      terms(bid.getProductId()).check(productName(bid), form.unitPrice(), Integer.MAX_VALUE, options);
    }
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
   * Counters many open bids of one product at once with a campaign. Each customer is told and can commit by
   * accepting; nothing binds until the campaign closes at its deadline.
   */
  public Campaign startCampaign(long staffId, @NotNull @Valid CampaignForm form) {
    List<Long> ids = form.bidIds().stream().distinct().toList();
    List<CounterBid> chosen = em.createQuery("select b from CounterBid b where b.id in :ids", CounterBid.class).setParameter("ids", ids).getResultList();
    if (chosen.size() != ids.size()) {
      List<Long> found = chosen.stream().map(CounterBid::getId).toList();
      throw new InvalidInputException("bidIds", "These bids do not exist: " + ids.stream().filter(id -> !found.contains(id)).toList() + ".");
    }
    List<Long> notOpen = chosen.stream().filter(b -> b.getState() != BidState.OPEN).map(CounterBid::getId).sorted().toList();
    if (!notOpen.isEmpty()) {
      throw new ConflictException("bidIds", "Only open bids can join a campaign; these are not open any more: " + notOpen + ".");
    }
    if (chosen.stream().anyMatch(CounterBid::isOnIdea)) {
      throw new InvalidInputException("bidIds", "Campaigns are for bids on products; answer bids on ideas one by one.");
    }
    long productId = chosen.get(0).getProductId();
    if (chosen.stream().anyMatch(b -> b.getProductId() != productId)) {
      throw new InvalidInputException("bidIds", "A campaign is for one product: choose bids on the same product.");
    }
    List<OptionChoice> options = form.optionsOrEmpty().stream().map(ChoiceForm::toChoice).toList();
    if (!options.isEmpty()) {
      terms(productId).check(catalog.product(productId).getName(), form.unitPrice(), Integer.MAX_VALUE, options);
    }
    Instant now = clock.instant();
    int days = Objects.requireNonNullElse(form.openDays(), CampaignForm.DEFAULT_OPEN_DAYS);
    Campaign campaign =
        new Campaign(productId, form.unitPrice(), form.minUnits(), now.plus(Duration.ofDays(days)), form.requirements(), options, form.message(), staffId, now);
    em.persist(campaign);
    em.flush();
    String product = catalog.product(productId).getName();
    for (CounterBid bid : chosen) {
      bid.counterInCampaign(staffId, campaign, now);
      mail(
          bid,
          "bids.mail.campaign",
          product,
          money(campaign.getUnitPrice(), bid.getCurrency()),
          String.valueOf(campaign.getMinUnits()),
          Objects.requireNonNullElse(campaign.getMessage(), ""),
          link(bid));
      committed(bid, staffId);
    }
    return campaign;
  }

  public Campaign campaign(long campaignId) {
    return Optional.ofNullable(em.find(Campaign.class, campaignId)).orElseThrow(() -> new NotFoundException("Campaign", campaignId));
  }

  public List<Campaign> campaigns(long productId) {
    return em.createNamedQuery("Campaign.byProduct", Campaign.class).setParameter("productId", productId).getResultList();
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
   * an order, otherwise every committed bid is released; each customer is told either way.
   */
  public Campaign closeCampaign(long campaignId) {
    Campaign campaign = campaign(campaignId);
    Instant now = clock.instant();
    List<CounterBid> committedBids =
        em.createNamedQuery("CounterBid.byCampaign", CounterBid.class)
            .setParameter("campaignId", campaignId)
            .setParameter("state", BidState.COMMITTED)
            .getResultList();
    long units = committedBids.stream().mapToLong(CounterBid::getQuantity).sum();
    boolean succeeded = campaign.close(units, now);
    for (CounterBid bid : committedBids) {
      bid.closeCampaign(succeeded, now);
      if (succeeded) {
        mailConfirmation(bid);
      } else {
        mail(bid, "bids.mail.released", productName(bid), String.valueOf(campaign.getMinUnits()), link(bid));
      }
      changed.fire(new SubmissionChanged(SUBMISSION_KIND, bid.getId(), bid.getState().name(), null, now));
    }
    em.flush();
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
  public List<CounterBid> queue(Long areaId, Long productId, Collection<BidState> states, int first, int max) {
    StringBuilder jpql = new StringBuilder("select b from CounterBid b where b.state in :states");
    if (areaId != null) {
      jpql.append(" and b.areaId = :areaId");
    }
    if (productId != null) {
      jpql.append(" and b.productId = :productId");
    }
    jpql.append(" order by b.createdAt, b.id");
    TypedQuery<CounterBid> query = em.createQuery(jpql.toString(), CounterBid.class).setParameter("states", states.isEmpty() ? EnumSet.of(BidState.OPEN) : states);
    if (areaId != null) {
      query.setParameter("areaId", areaId);
    }
    if (productId != null) {
      query.setParameter("productId", productId);
    }
    return query.setFirstResult(first).setMaxResults(max).getResultList();
  }

  /** The product's terms, or "no terms" (any price, free text only) when the team has set none. */
  public BidTerms terms(long productId) {
    return Optional.ofNullable(em.find(BidTerms.class, productId)).orElseGet(() -> BidTerms.none(productId));
  }

  public BidTerms defineTerms(long productId, @NotNull @Valid TermsForm form) {
    catalog.product(productId);
    BidTerms terms = em.find(BidTerms.class, productId);
    if (terms == null) {
      terms = new BidTerms(productId);
      em.persist(terms);
    }
    terms.update(form.priceFloor(), form.minQuantity(), form.optionsOrEmpty().stream().map(ChoiceForm::toChoice).toList());
    em.flush();
    return terms;
  }

  /** What the bid is on, as people name it: the product's name or the idea's title. */
  public String productName(CounterBid bid) {
    if (bid.isOnIdea()) {
      return ideas.find(bid.getIdeaId()).map(IdeaRef::title).orElse("idea #" + bid.getIdeaId());
    }
    return catalog.findProduct(bid.getProductId()).map(Product::getName).orElse("#" + bid.getProductId());
  }

  private CounterBid bid(long bidId) {
    return Optional.ofNullable(em.find(CounterBid.class, bidId)).orElseThrow(() -> new NotFoundException("Bid", bidId));
  }

  private CounterBid ownBid(long customerId, long bidId) {
    return viewBid(customerId, false, bidId);
  }

  /** Flushes now, so a concurrent decision fails here with a conflict rather than at commit. */
  private CounterBid committed(CounterBid bid, Long actorId) {
    em.flush();
    changed.fire(new SubmissionChanged(SUBMISSION_KIND, bid.getId(), bid.getState().name(), actorId, clock.instant()));
    return bid;
  }

  private void mailConfirmation(CounterBid bid) {
    mail(
        bid,
        "bids.mail.accepted",
        productName(bid),
        String.valueOf(bid.agreedQuantity()),
        money(bid.agreedUnitPrice(), bid.getCurrency()),
        money(bid.agreedUnitPrice().multiply(BigDecimal.valueOf(bid.agreedQuantity())), bid.getCurrency()),
        link(bid),
        String.valueOf(bid.getId()));
  }

  private void mail(CounterBid bid, String key, String... params) {
    Account customer = accounts.get(bid.getCustomerId());
    Locale locale = Locale.of(customer.getLanguage());
    outbox.enqueue(
        customer.getEmail(),
        Translations.shared().get(locale, key + ".subject", (Object[]) params),
        Translations.shared().get(locale, key + ".body", prepend(customer.getDisplayName(), params)));
  }

  private static Object[] prepend(String first, String... rest) {
    Object[] all = new Object[rest.length + 1];
    all[0] = first;
    System.arraycopy(rest, 0, all, 1, rest.length);
    return all;
  }

  private String link(CounterBid bid) {
    return config.baseUrl().resolve("bids/" + bid.getId()).toString();
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
