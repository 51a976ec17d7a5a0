package org.example.portal.selfservice.domain;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import org.example.portal.core.error.InvalidInputException;
import org.example.portal.core.file.ImageType;
import org.example.portal.core.file.UploadedFiles;

/**
 * Which files a ticket accepts and how they are served back. Only listed kinds are accepted, and the type
 * served is the one listed for the file's extension, never what the uploader claimed; images (by core's
 * {@link ImageType} signatures) and PDFs must also start like one. Nothing that a browser would run (HTML, SVG, scripts) is on the list, and downloads are
 * always served as attachments with {@code nosniff}, so an uploaded file can never act as a page of the portal.
 */
public final class AttachmentPolicy {

  public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;
  public static final int NAME_MAX_LENGTH = UploadedFiles.NAME_MAX_LENGTH;

  private static final Map<String, String> TYPES =
      Map.ofEntries(
          Map.entry("png", "image/png"),
          Map.entry("jpg", "image/jpeg"),
          Map.entry("jpeg", "image/jpeg"),
          Map.entry("gif", "image/gif"),
          Map.entry("webp", "image/webp"),
          Map.entry("pdf", "application/pdf"),
          Map.entry("txt", "text/plain; charset=UTF-8"),
          Map.entry("log", "text/plain; charset=UTF-8"),
          Map.entry("csv", "text/csv; charset=UTF-8"),
          Map.entry("json", "application/json"),
          Map.entry("zip", "application/zip"),
          Map.entry("eml", "message/rfc822"),
          Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
          Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));

  private final long maxBytes;

  public AttachmentPolicy(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  public long maxBytes() {
    return maxBytes;
  }

  /** The extensions accepted, for help texts and upload widgets. */
  public static String[] extensions() {
    return TYPES.keySet().stream().sorted().map(e -> "." + e).toArray(String[]::new);
  }

  /** Checks a file and returns the content type it will be served with. */
  public String check(String fileName, byte[] content) {
    String name = safeName(fileName);
    UploadedFiles.requireSize(name, content, maxBytes);
    String extension = extension(name);
    String type = TYPES.get(extension);
    if (type == null) {
      throw new InvalidInputException("file", "Files of type ." + extension + " cannot be attached. Allowed: " + String.join(", ", extensions()) + ".");
    }
    if (!startsLike(extension, content)) {
      throw new InvalidInputException("file", "The file " + name + " is not a ." + extension + " file.");
    }
    return type;
  }

  /** The file name as it is stored and offered for download (see {@link UploadedFiles#safeName}). */
  public static String safeName(String fileName) {
    return UploadedFiles.safeName(fileName, "attachment");
  }

  static String extension(String name) {
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  private static boolean startsLike(String extension, byte[] content) {
    return switch (extension) {
      case "png", "jpg", "jpeg", "gif", "webp" -> ImageType.of(content).map(ImageType::contentType).filter(TYPES.get(extension)::equals).isPresent();
      case "pdf" -> startsWith(content, "%PDF".getBytes(StandardCharsets.US_ASCII));
      case "zip", "docx", "xlsx" -> startsWith(content, new byte[] {'P', 'K'});
      default -> !looksLikeMarkup(content);
    };
  }

  /** Text files that are really HTML or SVG are refused: some clients render them whatever they are called. */
  private static boolean looksLikeMarkup(byte[] content) {
    String head = new String(content, 0, Math.min(content.length, 512), StandardCharsets.ISO_8859_1).stripLeading().toLowerCase(Locale.ROOT);
    return head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<svg") || head.startsWith("<script") || head.startsWith("<?xml");
  }

  private static boolean startsWith(byte[] content, byte[] prefix) {
    return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
  }
}
