/** The triage REST API under {@code /api/v1/triage}: the inbox and its actions, routing rules, rebuild, customer stories. */
package org.example.portal.triage.rest;
