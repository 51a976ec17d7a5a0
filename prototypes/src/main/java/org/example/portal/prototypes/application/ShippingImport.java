package org.example.portal.prototypes.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.example.portal.core.error.PortalException;
import org.example.portal.prototypes.domain.RequestState;
import org.example.portal.prototypes.domain.SampleRequest;

/**
 * Shipping for many units at once from a CSV file with the columns
 * {@code request,carrier,tracking_number,shipped_on,delivered_on} (dates as {@code yyyy-mm-dd}, the last
 * two optional; a header line is skipped). Each line is its own transaction: a bad line is reported and
 * the others go through.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ShippingImport {

  public static final int MAX_LINES = 10_000;

  @Inject SampleRequestService requests;

  /** What an import did: how many were shipped and delivered, and each refused line with its reason. */
  public record Report(int shipped, int delivered, List<String> problems) {}

  public Report importCsv(long staffId, long programId, String csv) {
    int shipped = 0;
    int delivered = 0;
    List<String> problems = new ArrayList<>();
    List<String> lines = lines(csv);
    if (lines.size() > MAX_LINES) {
      return new Report(0, 0, List.of("The file has more than " + MAX_LINES + " lines; split it."));
    }
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      int number = i + 1;
      if (line.isEmpty() || (number == 1 && line.toLowerCase(Locale.ROOT).startsWith("request"))) {
        continue;
      }
      String[] cells = line.split("\\s*[,;]\\s*", -1);
      try {
        if (cells.length < 3) {
          throw new IllegalArgumentException("give at least request, carrier and tracking number");
        }
        long requestId = Long.parseLong(cells[0].strip());
        SampleRequest request = requests.request(requestId);
        if (request.getProgramId() != programId) {
          throw new IllegalArgumentException("request " + requestId + " belongs to another program");
        }
        Instant shippedAt = cells.length > 3 ? day(cells[3]) : null;
        Instant deliveredAt = cells.length > 4 ? day(cells[4]) : null;
        if (request.getState() == RequestState.APPROVED || request.getState() == RequestState.SHIPPED) {
          requests.ship(staffId, requestId, new ShipmentForm(cells[1], cells[2], shippedAt));
          shipped++;
        }
        if (deliveredAt != null) {
          requests.deliver(staffId, requestId, new DeliveryForm(deliveredAt));
          delivered++;
        }
      } catch (PortalException | IllegalArgumentException | DateTimeParseException e) {
        problems.add("Line " + number + ": " + e.getMessage());
      } catch (ConstraintViolationException e) {
        problems.add("Line " + number + ": " + e.getConstraintViolations().iterator().next().getMessage());
      }
    }
    return new Report(shipped, delivered, problems);
  }

  private static Instant day(String cell) {
    return cell.isBlank() ? null : LocalDate.parse(cell.strip()).atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  private static List<String> lines(String csv) {
    try (BufferedReader reader = new BufferedReader(new StringReader(csv == null ? "" : csv))) {
      return reader.lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
