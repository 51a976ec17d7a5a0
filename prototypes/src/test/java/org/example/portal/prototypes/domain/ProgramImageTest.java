package org.example.portal.prototypes.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import org.example.portal.core.error.InvalidInputException;
import org.junit.jupiter.api.Test;

class ProgramImageTest {

  private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
  static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13};

  @Test
  void theTypeServedComesFromTheBytesNotFromTheName() {
    ProgramImage image = new ProgramImage(7, 1, "../front.jpg", PNG, NOW);
    assertEquals("image/png", image.getContentType());
    assertEquals("front.jpg", image.getFileName());
    assertEquals(64, image.getEtag().length());
  }

  @Test
  void aFileThatIsNoImageIsRefusedWithItsName() {
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> new ProgramImage(7, 1, "logo.png", "<svg onload=alert(1)/>".getBytes(StandardCharsets.US_ASCII), NOW));
    assertTrue(e.getMessage().contains("logo.png is not a PNG, JPEG, WebP or GIF image"), e.getMessage());
  }

  @Test
  void anImageLargerThanTheLimitIsRefusedNamingTheLimit() {
    byte[] big = Arrays.copyOf(PNG, (int) ProgramImage.MAX_BYTES + 1);
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> new ProgramImage(7, 1, "huge.png", big, NOW));
    assertTrue(e.getMessage().contains("larger than 2 MB"), e.getMessage());
  }

  @Test
  void theEtagChangesWithTheBytes() {
    byte[] other = Arrays.copyOf(PNG, PNG.length + 1);
    assertNotEquals(new ProgramImage(7, 1, "a.png", PNG, NOW).getEtag(), new ProgramImage(7, 1, "a.png", other, NOW).getEtag());
  }
}
