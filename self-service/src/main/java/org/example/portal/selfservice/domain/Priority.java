package org.example.portal.selfservice.domain;

/** How urgent a ticket is; with the customer's tier it picks the service-level policy. */
public enum Priority {
  LOW,
  NORMAL,
  HIGH,
  URGENT
}
