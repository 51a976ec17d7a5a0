/**
 * Sample programs and their rules, with no container needed: who is eligible, the quota, the terms a
 * customer accepts, the feedback form and its validation, the state machine of a
 * {@link org.example.portal.prototypes.domain.SampleRequest}, feedback rounds, reminders and feedback debt.
 */
package org.example.portal.prototypes.domain;
