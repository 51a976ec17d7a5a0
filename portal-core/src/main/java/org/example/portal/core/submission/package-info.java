/**
 * What every feature tells the rest of the portal about customer submissions (ideas, sample applications
 * and feedback, bids, tickets): events fired inside the submitting transaction, which observers such as the
 * triage inbox handle after commit ({@code @Observes(during = TransactionPhase.AFTER_SUCCESS)}).
 */
package org.example.portal.core.submission;
