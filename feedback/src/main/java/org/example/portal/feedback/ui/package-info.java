/**
 * The ideas UI: the board, proposing an idea with similar-idea suggestions, an idea's page with the product
 * team's tools, the roadmap and changelog, notifications, the review desk and the unsubscribe page.
 */
package org.example.portal.feedback.ui;
