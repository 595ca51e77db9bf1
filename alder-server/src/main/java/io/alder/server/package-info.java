/** The Alder member process: its endpoints, configuration and main entry point. */
package io.alder.server;
