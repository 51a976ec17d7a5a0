package org.example.portal.core.file;

import java.io.IOException;
import java.io.InputStream;
import org.example.portal.core.error.InvalidInputException;

/** The checks every upload goes through, whatever it is for. Problems are 400s naming the field {@code file}. */
public final class UploadedFiles {

  public static final int NAME_MAX_LENGTH = 200;

  private UploadedFiles() {}

  /**
   * The body of an upload, read up to one byte beyond the limit: enough for {@link #requireSize} to refuse it,
   * without ever holding a body that is far too large.
   */
  public static byte[] readAtMost(InputStream in, long maxBytes) throws IOException {
    return in.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8));
  }

  /** Refuses an empty file and one larger than {@code maxBytes}, naming the file and the limit. */
  public static void requireSize(String name, byte[] content, long maxBytes) {
    if (content.length == 0) {
      throw new InvalidInputException("file", "The file " + name + " is empty.");
    }
    if (content.length > maxBytes) {
      throw new InvalidInputException("file", "The file " + name + " is larger than " + megabytes(maxBytes) + ".");
    }
  }

  private static String megabytes(long bytes) {
    long mb = bytes / (1024 * 1024);
    return mb * 1024 * 1024 == bytes ? mb + " MB" : (bytes / 1024) + " KB";
  }

  /**
   * The file name without any path, control characters or characters that are awkward in headers, cut to a
   * sensible length. The stored name is only ever shown or offered as a download name, never used as a path.
   */
  public static String safeName(String fileName, String fallback) {
    String name = fileName == null ? "" : fileName;
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    name = name.replaceAll("[\\p{Cntrl}\"<>:|?*;]", "_").strip();
    while (name.startsWith(".")) {
      name = name.substring(1);
    }
    if (name.isEmpty()) {
      name = fallback;
    }
    return name.length() > NAME_MAX_LENGTH ? name.substring(name.length() - NAME_MAX_LENGTH) : name;
  }
}
