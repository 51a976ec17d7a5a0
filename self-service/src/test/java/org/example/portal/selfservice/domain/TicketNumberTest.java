package org.example.portal.selfservice.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class TicketNumberTest {

  @Test
  void numbersReadAsTheyAreQuoted() {
    assertEquals("T-1042", new TicketNumber(1042).toString());
    assertEquals("[T-1042]", new TicketNumber(1042).tag());
    for (String typed : new String[] {"T-1042", "t1042", "#1042", "1042", " T-1042 "}) {
      assertEquals(Optional.of(new TicketNumber(1042)), TicketNumber.parse(typed), typed);
    }
    assertTrue(TicketNumber.parse("printer").isEmpty());
    assertTrue(TicketNumber.parse("0").isEmpty());
  }

  @Test
  void onlyABracketedNumberInTheSubjectRefersToATicket() {
    assertEquals(Optional.of(new TicketNumber(7)), TicketNumber.inSubject("Re: [T-7] Printer prints blank pages"));
    assertEquals(Optional.of(new TicketNumber(7)), TicketNumber.inSubject("AW: RE: [t-7] Printer"));
    assertTrue(TicketNumber.inSubject("About T-7 and our order 1042").isEmpty());
    assertTrue(TicketNumber.inSubject(null).isEmpty());
  }
}
