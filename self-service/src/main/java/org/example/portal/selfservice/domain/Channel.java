package org.example.portal.selfservice.domain;

/** Where a ticket or message came from. */
public enum Channel {
  WEB,
  API,
  EMAIL
}
