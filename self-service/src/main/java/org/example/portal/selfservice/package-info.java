/** Support tickets: customers ask for help, support staff answer within service levels. */
package org.example.portal.selfservice;
