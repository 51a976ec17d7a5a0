package org.example.portal.triage.domain;

/** How soon an inbox item needs a person. */
public enum Priority {
  LOW,
  NORMAL,
  HIGH,
  URGENT
}
