package org.example.portal.triage.domain;

/**
 * How two inbox items belong together: about the same thing ({@code RELATED}), the same request twice
 * ({@code DUPLICATE}), or one submission merged into the other by its module ({@code MERGED}).
 */
public enum LinkType {
  RELATED,
  DUPLICATE,
  MERGED
}
