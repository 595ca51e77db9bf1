/** A blocking raw-socket client that writes and reads protocol frames byte for byte, for wire-level tests. */
package io.alder.testsupport.wire;
