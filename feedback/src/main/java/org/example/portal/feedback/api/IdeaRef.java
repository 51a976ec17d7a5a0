package org.example.portal.feedback.api;

/**
 * An idea as other modules may refer to it.
 *
 * @param status the name of its status ({@code NEW}, {@code UNDER_REVIEW}, {@code PLANNED}, {@code IN_PROGRESS},
 *     {@code SHIPPED}, {@code DECLINED})
 * @param path its page in the portal, relative to the portal's base address (for example {@code ideas/42})
 */
public record IdeaRef(long id, String title, long areaId, String status, int votes, String path) {}
