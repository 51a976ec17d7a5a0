package org.example.portal.prototypes.domain;

import org.example.portal.core.error.PortalException;

/** A customer asked for a sample request that is someone else's. */
public class NotYourRequestException extends PortalException {

  private final long requestId;

  public NotYourRequestException(long requestId) {
    super(Kind.FORBIDDEN, "Sample request " + requestId + " is not yours.");
    this.requestId = requestId;
  }

  public long requestId() {
    return requestId;
  }
}
