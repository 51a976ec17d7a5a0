/**
 * Triage's use cases: taking submissions into the inbox after their commit, routing them, reconciling and
 * rebuilding the inbox from the features' own data, staff actions on items, rules and saved views. Every
 * method that changes data is one transaction and checks who may do it.
 */
package org.example.portal.triage.application;
