/**
 * How callers prove who they are: the identity store over the account tables, the HTTP mechanism for
 * Basic, API tokens and UI sessions, and password hashing.
 */
package org.example.portal.core.account.security;
