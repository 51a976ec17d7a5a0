package org.example.portal.core.submission;

import java.time.Instant;

/**
 * A submission changed status, e.g. a bid was accepted or withdrawn.
 *
 * @param actorId who changed it, or null when the portal did (for example an expiry)
 */
public record SubmissionChanged(String kind, long id, String status, Long actorId, Instant at) {}
