/** Team maintenance use cases. */
package org.example.portal.core.team.application;
