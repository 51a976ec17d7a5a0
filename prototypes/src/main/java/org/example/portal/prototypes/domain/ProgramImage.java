package org.example.portal.prototypes.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import org.example.portal.core.error.InvalidInputException;
import org.example.portal.core.file.ImageType;
import org.example.portal.core.file.UploadedFiles;

/**
 * An image of a program's product, uploaded by its product team. Only PNG, JPEG, WebP and GIF are kept,
 * recognised by their first bytes; the type it is served as is the one found there, never the file's name.
 */
@Entity
@Table(name = "samples_image")
@NamedQuery(
    name = "ProgramImage.refsOfProgram",
    query = "select new org.example.portal.prototypes.domain.ProgramImage$Ref(i.id, i.programId, i.position, i.fileName, i.contentType, i.sizeBytes, i.etag)"
        + " from ProgramImage i where i.programId = :programId order by i.position, i.id")
@NamedQuery(name = "ProgramImage.ofProgram", query = "select i from ProgramImage i where i.programId = :programId order by i.position, i.id")
public class ProgramImage {

  /** How many images one program may have: a product page shows a few, not an album. */
  public static final int MAX_PER_PROGRAM = 6;

  public static final long MAX_BYTES = 2L * 1024 * 1024;

  /** What pages and the API list of an image, without its bytes. */
  public record Ref(long id, long programId, int position, String fileName, String contentType, int sizeBytes, String etag) {}

  @Id
  @SequenceGenerator(name = "samples_image_seq", sequenceName = "samples_image_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "samples_image_seq")
  private Long id;

  @Column(name = "program_id", nullable = false)
  private long programId;

  @Column(nullable = false)
  private int position;

  @Column(name = "file_name", nullable = false, length = UploadedFiles.NAME_MAX_LENGTH)
  private String fileName;

  @Column(name = "content_type", nullable = false, length = 40)
  private String contentType;

  @Column(name = "size_bytes", nullable = false)
  private int sizeBytes;

  @Column(nullable = false, length = 64)
  private String etag;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(nullable = false)
  private byte[] content;

  protected ProgramImage() {}

  /** Checks the file and keeps it at {@code position}; anything but an image within the size limit is a 400. */
  public ProgramImage(long programId, int position, String fileName, byte[] content, Instant now) {
    String name = UploadedFiles.safeName(fileName, "image");
    UploadedFiles.requireSize(name, content, MAX_BYTES);
    ImageType type = ImageType.of(content).orElseThrow(() ->
        new InvalidInputException("file", "The file " + name + " is not a PNG, JPEG, WebP or GIF image."));
    this.programId = programId;
    this.position = position;
    this.fileName = name;
    this.contentType = type.contentType();
    this.sizeBytes = content.length;
    this.etag = sha256(content);
    this.createdAt = now;
    this.content = content.clone();
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  public void moveTo(int position) {
    this.position = position;
  }

  public Ref ref() {
    return new Ref(id, programId, position, fileName, contentType, sizeBytes, etag);
  }

  public Long getId() {
    return id;
  }

  public long getProgramId() {
    return programId;
  }

  public String getFileName() {
    return fileName;
  }

  public String getContentType() {
    return contentType;
  }

  public String getEtag() {
    return etag;
  }

  public byte[] getContent() {
    return content.clone();
  }
}
