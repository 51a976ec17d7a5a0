package org.example.portal.pricingbids.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.example.portal.core.account.domain.Tier;
import org.example.portal.pricingbids.domain.DemandCurve;
import org.example.portal.pricingbids.domain.DemandCurve.Demand;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class DemandChartTest {

  private static DemandCurve curve(Demand... demand) {
    return DemandCurve.of(List.of(demand));
  }

  private static Demand bid(String price, int quantity) {
    return new Demand(new BigDecimal(price), quantity, Tier.STANDARD, List.of());
  }

  private static Document parse(String svg) throws Exception {
    return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
  }

  @Test
  void currency_and_unit_names_are_shown_as_text_and_never_read_as_markup() throws Exception {
    String currency = "<b>\"E&Co\"</b>";
    String units = "'units' <script>";
    String svg = DemandChart.svg(curve(bid("89.00", 20)), currency, units);

    assertFalse(svg.contains("<b>") || svg.contains("<script>") || svg.contains("E&Co"), svg);
    Document picture = parse(svg);
    NodeList texts = picture.getElementsByTagName("text");
    List<String> shown = new ArrayList<>();
    for (int i = 0; i < texts.getLength(); i++) {
      shown.add(texts.item(i).getTextContent());
    }
    assertEquals(List.of("89.00 " + currency + " × 20", "89.00", "0", "20 " + units, currency), shown);
    assertEquals(0, picture.getElementsByTagName("b").getLength() + picture.getElementsByTagName("script").getLength());
  }

  @Test
  void the_curve_steps_down_to_the_units_wanted_at_each_price() throws Exception {
    // 100 x 2 and 50 x 2: 2 units at 100, 4 at 50. The plot spans x 70..620 and y 20 (price 100) to 280 (price 0).
    String svg = DemandChart.svg(curve(bid("100.00", 2), bid("50.00", 2)), "EUR", "units");

    String staircase = parse(svg).getElementsByTagName("polyline").item(0).getAttributes().getNamedItem("points").getNodeValue();
    assertEquals("70.0,20.0 70.0,20.0 345.0,20.0 345.0,150.0 620.0,150.0 620.0,280.0", staircase);
  }
}
