package org.example.portal.core.file;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * The image formats the portal accepts, each recognised by its signature (magic bytes). Browsers display all
 * four without running anything; SVG is deliberately absent, because it can carry scripts.
 */
public enum ImageType {
  PNG("image/png", "png"),
  JPEG("image/jpeg", "jpg"),
  GIF("image/gif", "gif"),
  WEBP("image/webp", "webp");

  private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
  private static final byte[] JPEG_SIGNATURE = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

  private final String contentType;
  private final String extension;

  ImageType(String contentType, String extension) {
    this.contentType = contentType;
    this.extension = extension;
  }

  public String contentType() {
    return contentType;
  }

  public String extension() {
    return extension;
  }

  /** The format these bytes are in, judged by their start alone; empty for anything else. */
  public static Optional<ImageType> of(byte[] content) {
    if (startsWith(content, 0, PNG_SIGNATURE)) {
      return Optional.of(PNG);
    }
    if (startsWith(content, 0, JPEG_SIGNATURE)) {
      return Optional.of(JPEG);
    }
    if (startsWith(content, 0, ascii("GIF87a")) || startsWith(content, 0, ascii("GIF89a"))) {
      return Optional.of(GIF);
    }
    // RIFF, four bytes of length, then the form type: RIFF alone is also WAV and AVI.
    if (startsWith(content, 0, ascii("RIFF")) && startsWith(content, 8, ascii("WEBP"))) {
      return Optional.of(WEBP);
    }
    return Optional.empty();
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }

  private static boolean startsWith(byte[] content, int offset, byte[] prefix) {
    return content.length >= offset + prefix.length && Arrays.equals(content, offset, offset + prefix.length, prefix, 0, prefix.length);
  }
}
