/** The member's configuration: the immutable {@link io.alder.server.config.ServerConfig} and its YAML loader. */
package io.alder.server.config;
