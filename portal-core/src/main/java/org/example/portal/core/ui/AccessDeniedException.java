package org.example.portal.core.ui;

/** A signed-in user opened a view their roles do not allow. */
public class AccessDeniedException extends RuntimeException {}
