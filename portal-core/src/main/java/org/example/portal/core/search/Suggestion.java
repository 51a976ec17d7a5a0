package org.example.portal.core.search;

/** A title offered while the person is still typing. */
public record Suggestion(String id, String title) {}
