package org.example.portal.selfservice.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CannedReplyTest {

  @Test
  void placeholdersAreFilledAndUnknownOnesStayVisible() {
    CannedReply reply = new CannedReply("Thanks", "Hello {{customer.name}}, about {{ ticket.number }} ({{ticket.subject}}): {{agent.nmae}} $1");

    String text = reply.render(Map.of(CannedReply.CUSTOMER_NAME, "Ada", CannedReply.TICKET_NUMBER, "T-7", CannedReply.TICKET_SUBJECT, "Costs $5 \\ more"));

    assertEquals("Hello Ada, about T-7 (Costs $5 \\ more): {{agent.nmae}} $1", text);
  }
}
