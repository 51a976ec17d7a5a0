package org.example.portal.pricingbids.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The limits customers and staff type against, checked without a server. */
class BidFormsTest {

  private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

  private static BidForm bid(String price, Integer quantity) {
    return new BidForm(1L, null, List.of(), null, price == null ? null : new BigDecimal(price), quantity, null);
  }

  private static List<String> messages(Object form) {
    Set<ConstraintViolation<Object>> violations = VALIDATOR.validate(form);
    return violations.stream().map(v -> v.getPropertyPath() + " " + v.getMessageTemplate()).sorted().toList();
  }

  @Test
  void a_sensible_bid_is_valid() {
    assertEquals(List.of(), messages(bid("249.90", 3)));
  }

  @Test
  void each_price_rule_gives_one_message() {
    assertEquals(List.of("unitPrice {bids.price.positive}"), messages(bid("0", 1)));
    assertEquals(List.of("unitPrice {bids.price.positive}"), messages(bid("-1.00", 1)));
    assertEquals(List.of("unitPrice {bids.price.invalid}"), messages(bid("10.001", 1)));
    assertEquals(List.of("unitPrice {bids.price.invalid}"), messages(bid("12345678901", 1)));
    assertEquals(List.of("unitPrice {bids.price.required}"), messages(bid(null, 1)));
  }

  @Test
  void quantities_are_from_one_to_a_million() {
    assertEquals(List.of("quantity {bids.quantity.positive}"), messages(bid("1", 0)));
    assertEquals(List.of("quantity {bids.quantity.tooMany}"), messages(bid("1", BidForm.MAX_QUANTITY + 1)));
    assertEquals(List.of(), messages(bid("1", BidForm.MAX_QUANTITY)));
  }

  @Test
  void the_same_price_rule_holds_for_counteroffers_campaigns_and_floors() {
    assertEquals(
        List.of("unitPrice {bids.price.positive}"),
        messages(new CounterForm(BigDecimal.ZERO, null, null, null, null, null)));
    assertEquals(
        List.of("unitPrice {bids.price.invalid}"),
        messages(new CampaignForm(List.of(1L), new BigDecimal("10.001"), 5L, null, null, null, null)));
    assertEquals(List.of("priceFloor {bids.price.positive}"), messages(new TermsForm(new BigDecimal("-3"), null, null)));
    assertEquals(List.of(), messages(new TermsForm(null, null, null)));
  }
}
