package org.example.portal.selfservice.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The bytes of one {@link Attachment}, loaded only for a download. */
@Entity
@Table(name = "selfservice_attachment_content")
public class AttachmentContent {

  @Id
  @Column(name = "attachment_id")
  private Long attachmentId;

  @Column(nullable = false)
  private byte[] content;

  protected AttachmentContent() {}

  public AttachmentContent(long attachmentId, byte[] content) {
    this.attachmentId = attachmentId;
    this.content = content.clone();
  }

  public byte[] getContent() {
    return content.clone();
  }
}
