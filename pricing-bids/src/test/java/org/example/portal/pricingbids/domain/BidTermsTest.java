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
    BidTerms terms = new ProductTerms(1);
    terms.update(new BigDecimal("50.00"), 2, List.of(GREEN, RED, LARGE));
    return terms;
  }

  private static IdeaTerms ideaTerms() {
    IdeaTerms terms = new IdeaTerms(42);
    terms.update(new BigDecimal("20.00"), 10, List.of(new OptionChoice("Roof", "Flat"), new OptionChoice("Roof", "Pitched")));
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
    assertDoesNotThrow(() -> ProductTerms.none(1).check("Desk", new BigDecimal("0.01"), 1, List.of()));
    assertThrows(InvalidInputException.class, () -> ProductTerms.none(1).check("Desk", BigDecimal.ONE, 1, List.of(GREEN)));
  }

  @Test
  void a_bid_on_an_idea_below_its_floor_is_declined_politely_naming_the_idea_but_not_the_floor() {
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> ideaTerms().check("Solar roof tiles", new BigDecimal("19.99"), 10, List.of()));

    assertEquals("unitPrice", e.field());
    assertTrue(e.getMessage().startsWith("Thank you for your offer."), e.getMessage());
    assertTrue(e.getMessage().contains("Solar roof tiles"), e.getMessage());
    assertFalse(e.getMessage().contains("20"), e.getMessage());
  }

  @Test
  void a_bid_on_an_idea_needs_its_minimum_quantity_and_offered_choices_only() {
    InvalidInputException few =
        assertThrows(InvalidInputException.class, () -> ideaTerms().check("Solar roof tiles", new BigDecimal("25"), 9, List.of()));
    InvalidInputException unknown =
        assertThrows(InvalidInputException.class,
            () -> ideaTerms().check("Solar roof tiles", new BigDecimal("25"), 10, List.of(new OptionChoice("Roof", "Thatched"))));

    assertEquals("quantity", few.field());
    assertTrue(few.getMessage().contains("at least 10 units"), few.getMessage());
    assertEquals("options", unknown.field());
    assertDoesNotThrow(() -> ideaTerms().check("Solar roof tiles", new BigDecimal("20.00"), 10, List.of(new OptionChoice("Roof", "Flat"))));
    assertEquals(Map.of("Roof", List.of("Flat", "Pitched")), ideaTerms().groups());
  }

  @Test
  void an_idea_without_terms_takes_any_price_and_free_text_only() {
    assertDoesNotThrow(() -> IdeaTerms.none(42).check("Solar roof tiles", new BigDecimal("0.01"), 1, List.of()));
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> IdeaTerms.none(42).check("Solar roof tiles", BigDecimal.ONE, 1, List.of(GREEN)));
    assertEquals("options", e.field());
  }

  @Test
  void the_product_teams_own_offers_are_held_to_the_choices_but_not_to_the_floor_or_minimum() {
    assertDoesNotThrow(() -> ideaTerms().checkChoices("Solar roof tiles", List.of(new OptionChoice("Roof", "Pitched"))));
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> ideaTerms().checkChoices("Solar roof tiles", List.of(GREEN)));
    assertEquals("options", e.field());
  }
}
