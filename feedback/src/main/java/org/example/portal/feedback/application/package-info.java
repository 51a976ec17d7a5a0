/**
 * Use cases on ideas: submitting, editing, voting, following, commenting, status changes, merges and their
 * undoing, priorities and moderation ({@code IdeaService}); the board's reads ({@code Board}); notifications
 * ({@code IdeaNotifier}); and the {@code api} lookup other modules use ({@code IdeaDirectory}).
 */
package org.example.portal.feedback.application;
