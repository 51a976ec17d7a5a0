/** The ideas REST API under {@code /api/v1/ideas}: the board, ideas, votes, comments, reviews and merges. */
package org.example.portal.feedback.rest;
