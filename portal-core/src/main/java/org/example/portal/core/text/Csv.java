package org.example.portal.core.text;

import java.math.BigDecimal;

/** CSV exports (RFC 4180) that open safely in a spreadsheet. */
public final class Csv {

  private Csv() {}

  /**
   * RFC 4180 quoting, and a leading quote mark for text a spreadsheet would run as a formula (=, +, -, @),
   * because the text was typed by people.
   */
  public static String field(String text) {
    if (text == null) {
      return "";
    }
    String safe = text.isEmpty() || "=+-@\t\r".indexOf(text.charAt(0)) < 0 ? text : "'" + text;
    return safe.matches("(?s).*[\",\r\n].*") ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
  }

  /** A number or other plain value; empty when absent. */
  public static String value(Object value) {
    return switch (value) {
      case null -> "";
      case BigDecimal d -> d.stripTrailingZeros().toPlainString();
      default -> value.toString();
    };
  }
}
