package org.example.portal.selfservice.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.example.portal.core.error.InvalidInputException;
import org.junit.jupiter.api.Test;

class AttachmentPolicyTest {

  private static final AttachmentPolicy POLICY = new AttachmentPolicy(1024);
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10};

  @Test
  void theServedTypeComesFromTheExtensionNeverFromTheUploader() {
    assertEquals("image/png", POLICY.check("screen.PNG", PNG));
    assertEquals("text/plain; charset=UTF-8", POLICY.check("printer.log", "error 42".getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void pagesAndScriptsAreRefusedWhateverTheyAreCalled() {
    assertThrows(InvalidInputException.class, () -> POLICY.check("page.html", "<p>hi</p>".getBytes(StandardCharsets.UTF_8)));
    assertThrows(InvalidInputException.class, () -> POLICY.check("logo.svg", "<svg/>".getBytes(StandardCharsets.UTF_8)));
    assertThrows(InvalidInputException.class, () -> POLICY.check("notes.txt", "  <html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8)));
    assertThrows(InvalidInputException.class, () -> POLICY.check("run.exe", PNG));
    assertThrows(InvalidInputException.class, () -> POLICY.check("no-extension", PNG));
  }

  @Test
  void aFileMustStartLikeWhatItClaimsToBe() {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> POLICY.check("photo.png", "GIF89a".getBytes(StandardCharsets.US_ASCII)));
    assertTrue(e.getMessage().contains("not a .png file"));
  }

  @Test
  void sizeIsLimitedAndEmptyFilesAreRefused() {
    assertThrows(InvalidInputException.class, () -> POLICY.check("big.txt", new byte[1025]));
    assertThrows(InvalidInputException.class, () -> POLICY.check("empty.txt", new byte[0]));
  }

  @Test
  void fileNamesLoseTheirPathAndAnythingUnsafeInHeaders() {
    assertEquals("passwd.txt", AttachmentPolicy.safeName("../../etc/passwd.txt"));
    assertEquals("report.pdf", AttachmentPolicy.safeName("C:\\Users\\me\\report.pdf"));
    assertEquals("a_b_.txt", AttachmentPolicy.safeName("a\"b\r.txt"));
    assertEquals("htaccess", AttachmentPolicy.safeName(".htaccess"));
    assertEquals("attachment", AttachmentPolicy.safeName(null));
  }
}
