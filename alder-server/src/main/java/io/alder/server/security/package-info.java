/** Who may connect: the pluggable {@link io.alder.server.security.Authenticator} and its default. */
package io.alder.server.security;
