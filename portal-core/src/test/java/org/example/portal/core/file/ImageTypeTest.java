package org.example.portal.core.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.example.portal.core.error.InvalidInputException;
import org.junit.jupiter.api.Test;

class ImageTypeTest {

  @Test
  void imagesAreRecognisedByTheirFirstBytes() {
    assertEquals(Optional.of(ImageType.PNG), ImageType.of(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0}));
    assertEquals(Optional.of(ImageType.JPEG), ImageType.of(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}));
    assertEquals(Optional.of(ImageType.GIF), ImageType.of("GIF89a...".getBytes(StandardCharsets.US_ASCII)));
    assertEquals(Optional.of(ImageType.WEBP), ImageType.of("RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.US_ASCII)));
  }

  @Test
  void anythingElseIsNoImageWhateverItIsCalled() {
    assertEquals(Optional.empty(), ImageType.of("RIFF\0\0\0\0WAVEfmt ".getBytes(StandardCharsets.US_ASCII)));
    assertEquals(Optional.empty(), ImageType.of("<svg onload=alert(1)>".getBytes(StandardCharsets.US_ASCII)));
    assertEquals(Optional.empty(), ImageType.of(new byte[] {(byte) 0x89, 'P'}));
    assertEquals(Optional.empty(), ImageType.of(new byte[0]));
  }

  @Test
  void uploadsAreLimitedInSizeNamingTheFileAndTheLimit() {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> UploadedFiles.requireSize("big.png", new byte[2 * 1024 * 1024 + 1], 2 * 1024 * 1024));
    assertTrue(e.getMessage().contains("big.png is larger than 2 MB"), e.getMessage());
    assertThrows(InvalidInputException.class, () -> UploadedFiles.requireSize("empty.png", new byte[0], 10));
  }
}
