package org.example.portal.core.error;

/** Something a person asked for by id does not exist (or is not visible to them). */
public class NotFoundException extends PortalException {

  private final String type;
  private final Object id;

  public NotFoundException(String type, Object id) {
    super(Kind.NOT_FOUND, type + " " + id + " was not found.");
    this.type = type;
    this.id = id;
  }

  public String type() {
    return type;
  }

  public Object id() {
    return id;
  }
}
