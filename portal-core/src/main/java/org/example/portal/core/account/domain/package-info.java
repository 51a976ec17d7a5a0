/**
 * Accounts and what proves who someone is: roles, tiers, personal API tokens and one-time links. No
 * dependencies beyond JPA.
 */
package org.example.portal.core.account.domain;
