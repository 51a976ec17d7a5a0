package org.example.portal.pricingbids.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.example.portal.core.error.InvalidInputException;
import org.junit.jupiter.api.Test;

class BidTermsTest {

  private static final OptionChoice GREEN = new OptionChoice("Colour", "Green");
  private static final OptionChoice RED = new OptionChoice("Colour", "Red");
  private static final OptionChoice LARGE = new OptionChoice("Size", "L");

  private static BidTerms terms() {
    BidTerms terms = new BidTerms(1);
    terms.update(new BigDecimal("50.00"), 2, List.of(GREEN, RED, LARGE));
    return terms;
  }

  @Test
  void a_price_below_the_floor_is_declined_politely_without_naming_the_floor() {
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> terms().check("Desk", new BigDecimal("49.99"), 5, List.of()));

    assertEquals("unitPrice", e.field());
    assertTrue(e.getMessage().startsWith("Thank you for your offer."), e.getMessage());
    assertFalse(e.getMessage().contains("50"), e.getMessage());
  }

  @Test
  void the_floor_itself_is_enough() {
    assertDoesNotThrow(() -> terms().check("Desk", new BigDecimal("50.00"), 2, List.of(GREEN, LARGE)));
  }

  @Test
  void fewer_units_than_the_minimum_are_refused() {
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> terms().check("Desk", new BigDecimal("60"), 1, List.of()));

    assertEquals("quantity", e.field());
    assertTrue(e.getMessage().contains("at least 2 units"), e.getMessage());
  }

  @Test
  void only_offered_choices_may_be_chosen_and_each_once() {
    InvalidInputException unknown =
        assertThrows(
            InvalidInputException.class, () -> terms().check("Desk", new BigDecimal("60"), 2, List.of(new OptionChoice("Colour", "Blue"))));
    InvalidInputException twice =
        assertThrows(InvalidInputException.class, () -> terms().check("Desk", new BigDecimal("60"), 2, List.of(GREEN, GREEN)));

    assertEquals("options", unknown.field());
    assertTrue(unknown.getMessage().contains("Colour: Blue"), unknown.getMessage());
    assertTrue(twice.getMessage().contains("twice"), twice.getMessage());
  }

  @Test
  void choices_are_grouped_in_the_order_given() {
    assertEquals(Map.of("Colour", List.of("Green", "Red"), "Size", List.of("L")), terms().groups());
    assertEquals(List.of("Colour", "Size"), List.copyOf(terms().groups().keySet()));
  }

  @Test
  void a_product_without_terms_takes_any_price_and_no_choices() {
    assertDoesNotThrow(() -> BidTerms.none(1).check("Desk", new BigDecimal("0.01"), 1, List.of()));
    assertThrows(InvalidInputException.class, () -> BidTerms.none(1).check("Desk", BigDecimal.ONE, 1, List.of(GREEN)));
  }
}
