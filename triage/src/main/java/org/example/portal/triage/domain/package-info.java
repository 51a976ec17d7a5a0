/**
 * The inbox and its routing: inbox items (one per submission of any kind), routing rules and how they decide,
 * and how a team's members take turns. Plain Java and Lucene; nothing here knows about transactions or views.
 */
package org.example.portal.triage.domain;
