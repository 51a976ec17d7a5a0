package org.example.portal.core.persistence;

/** Fired once the schema is up to date; observers do bootstrap work such as creating the first admin. */
public record PortalStarted() {}
