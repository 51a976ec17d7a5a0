package org.example.portal.selfservice.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A file on a ticket. The bytes are kept apart in {@link AttachmentContent} so listing a conversation never
 * loads them. An attachment belongs to a message when it came with one; staff-only attachments belong to
 * an internal note and are hidden from the customer with it.
 */
@Entity
@Table(name = "selfservice_attachment")
@NamedQuery(name = "Attachment.byTicket", query = "select a from Attachment a where a.ticketId = :ticketId order by a.createdAt, a.id")
public class Attachment {

  @Id
  @SequenceGenerator(name = "selfservice_attachment_seq", sequenceName = "selfservice_attachment_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "selfservice_attachment_seq")
  private Long id;

  @Column(name = "ticket_id", nullable = false)
  private long ticketId;

  @Column(name = "message_id")
  private Long messageId;

  @Column(name = "uploader_id")
  private Long uploaderId;

  /** Whether only staff may see it (it came with an internal note). */
  @Column(nullable = false)
  private boolean internal;

  @Column(name = "file_name", nullable = false, length = AttachmentPolicy.NAME_MAX_LENGTH)
  private String fileName;

  /** The type it is served as, chosen by {@link AttachmentPolicy}, never the uploader's claim. */
  @Column(name = "content_type", nullable = false, length = 120)
  private String contentType;

  @Column(name = "size_bytes", nullable = false)
  private long size;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected Attachment() {}

  public Attachment(long ticketId, Long messageId, Long uploaderId, boolean internal, String fileName, String contentType, long size, Instant createdAt) {
    this.ticketId = ticketId;
    this.messageId = messageId;
    this.uploaderId = uploaderId;
    this.internal = internal;
    this.fileName = AttachmentPolicy.safeName(fileName);
    this.contentType = contentType;
    this.size = size;
    this.createdAt = createdAt;
  }

  public Long getId() {
    return id;
  }

  public long getTicketId() {
    return ticketId;
  }

  public Long getMessageId() {
    return messageId;
  }

  public Long getUploaderId() {
    return uploaderId;
  }

  public boolean isInternal() {
    return internal;
  }

  public String getFileName() {
    return fileName;
  }

  public String getContentType() {
    return contentType;
  }

  public long getSize() {
    return size;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
