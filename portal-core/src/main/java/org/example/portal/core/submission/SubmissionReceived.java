package org.example.portal.core.submission;

import java.time.Instant;

/**
 * A customer submitted something new.
 *
 * @param kind what it is, e.g. {@code bid}; together with {@code id} it names the submission
 * @param areaId the product area it is about, if any
 * @param title one line a staff member recognises it by
 * @param summary a few lines of its content
 */
public record SubmissionReceived(String kind, long id, long customerId, Long areaId, String title, String summary, Instant at) {}
